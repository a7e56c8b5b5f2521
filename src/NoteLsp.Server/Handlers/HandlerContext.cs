using NoteLsp.Server.Logging;
using NoteLsp.Server.Rpc;
using NoteLsp.Server.Session;
using StreamJsonRpc;

namespace NoteLsp.Server.Handlers;

/// <summary>
/// What every handler uses: the session, the queue, the connection, and the two guards that
/// give each request and notification the server's ordering and error policy.
/// </summary>
public sealed class HandlerContext
{
    public HandlerContext(ServerSession session, RequestQueue queue, DiagnosticsPublisher diagnostics, LspConnection connection, ServerLogger logger, ServerOptions options)
    {
        Session = session;
        Queue = queue;
        Diagnostics = diagnostics;
        Connection = connection;
        Logger = logger;
        Options = options;
    }

    public ServerSession Session { get; }

    public RequestQueue Queue { get; }

    public DiagnosticsPublisher Diagnostics { get; }

    public LspConnection Connection { get; }

    public ServerLogger Logger { get; }

    public ServerOptions Options { get; }

    /// <summary>
    /// Runs a read request: takes the state in queue order (call this before any await), then
    /// runs <paramref name="read"/> on the thread pool. A cancelled request ends with
    /// RequestCancelled, a read whose note changed meanwhile with ContentModified, and any other
    /// exception with InternalError and a one-line message while the stack goes to the log.
    /// </summary>
    /// <param name="uri">The document the read is about, for the ContentModified check; null for workspace-wide reads.</param>
    public Task<T> ReadAsync<T>(string method, string? uri, Func<ServerState, CancellationToken, T> read, CancellationToken cancellationToken)
    {
        ThrowIfNotInitialized();
        Task<ServerState> captured = Queue.EnqueueCapture(() => Session.State);
        return RunReadAsync(method, uri, captured, read, cancellationToken);
    }

    /// <summary>Runs a read about one note; <paramref name="read"/> gets the located note, and a URI that names no note gives <paramref name="fallback"/>.</summary>
    public Task<T> ReadNoteAsync<T>(string method, string uri, T fallback, Func<NoteContext, ServerState, CancellationToken, T> read, CancellationToken cancellationToken) =>
        ReadAsync(method, uri, (state, token) =>
        {
            NoteContext? note = state.TryLocate(uri, out string? error);
            if (note is null)
            {
                Logger.Debug(method, $"No result: {error}");
                return fallback;
            }

            return read(note, state, token);
        }, cancellationToken);

    /// <summary>
    /// Runs a state change for a notification in queue order (call this before any await). A
    /// mutation that throws is logged, the state stays as it was, and the note at
    /// <paramref name="uri"/> gets one NL9001 diagnostic so that the failure is not lost.
    /// </summary>
    public Task MutateAsync(string method, string? uri, Func<MutationResult> mutation)
    {
        if (!Session.IsInitialized)
        {
            Logger.Warning(method, "Dropped a notification that arrived before 'initialize'.");
            return Task.CompletedTask;
        }

        Options.OnMutationReceived?.Invoke(method);
        return Queue.EnqueueMutation(() => RunMutationAsync(method, uri, mutation));
    }

    /// <summary>Throws ServerNotInitialized unless the server has handled <c>initialize</c>.</summary>
    public void ThrowIfNotInitialized()
    {
        if (!Session.IsInitialized)
        {
            throw new LocalRpcException("The server is not initialized: send 'initialize' first.") { ErrorCode = ErrorCodes.ServerNotInitialized };
        }
    }

    private async Task<T> RunReadAsync<T>(string method, string? uri, Task<ServerState> captured, Func<ServerState, CancellationToken, T> read, CancellationToken cancellationToken)
    {
        try
        {
            // A request waiting behind a slow mutation, such as the vault load, can still be cancelled.
            ServerState state = await captured.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (Options.BeforeRequest is { } hook)
            {
                await hook(method, cancellationToken).ConfigureAwait(false);
            }

            T result = await Task.Run(() => read(state, cancellationToken), cancellationToken).ConfigureAwait(false);
            ThrowIfModified(method, uri, state);
            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Logger.Debug(method, "Cancelled by the client.");
            throw;
        }
        catch (LocalRpcException)
        {
            throw;
        }
        catch (Exception e)
        {
            Logger.Error(method, $"Failed on {uri ?? "the workspace"}.", e);
            throw new LocalRpcException($"NoteLsp failed on '{method}': {e.GetType().Name}: {e.Message}") { ErrorCode = ErrorCodes.InternalError };
        }
    }

    private void ThrowIfModified(string method, string? uri, ServerState captured)
    {
        if (uri is null)
        {
            return;
        }

        OpenDocument? before = captured.OpenDocuments.Values.FirstOrDefault(d => d.Uri == uri);
        OpenDocument? now = before is null ? null : Session.State.OpenDocuments.GetValueOrDefault(before.FullPath);
        if (before is not null && now is not null && now.Version != before.Version)
        {
            Logger.Debug(method, $"{uri} changed from version {before.Version} to {now.Version} during the request.");
            throw new LocalRpcException($"The note changed while '{method}' ran; ask again.") { ErrorCode = ErrorCodes.ContentModified };
        }
    }

    private async Task RunMutationAsync(string method, string? uri, Func<MutationResult> mutation)
    {
        ServerState before = Session.State;
        try
        {
            Options.BeforeMutation?.Invoke(method);
            MutationResult result = mutation();
            Diagnostics.Schedule(result.Affected);
        }
        catch (InvalidUriException e)
        {
            Logger.Warning(method, e.Message);
        }
        catch (Exception e)
        {
            Session.Restore(before);
            Logger.Error(method, $"Failed on {uri ?? "the workspace"}; the previous state stays.", e);
            if (uri is not null)
            {
                int? version = Session.State.OpenDocuments.Values.FirstOrDefault(d => d.Uri == uri)?.Version;
                await Diagnostics.PublishInternalErrorAsync(uri, version, $"{e.GetType().Name} in {method}: {e.Message}").ConfigureAwait(false);
            }
        }
    }
}
