using System.Text.Json;
using NoteLsp.Core.Checks;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Server.Conversion;
using NoteLsp.Server.Logging;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Rpc;

namespace NoteLsp.Server.Session;

/// <summary>
/// Pushes diagnostics with <c>textDocument/publishDiagnostics</c>, debounced: notes that
/// mutations mark collect until no mutation has come for <see cref="ServerOptions.DiagnosticsDelay"/>,
/// then one state taken in queue order is checked and only the sets that changed are sent.
/// </summary>
public sealed class DiagnosticsPublisher : IDisposable
{
    private readonly ServerSession _session;
    private readonly RequestQueue _queue;
    private readonly Func<PublishDiagnosticsParams, Task> _send;
    private readonly Func<DateOnly> _today;
    private readonly ServerLogger _logger;
    private readonly TimeSpan _delay;
    private readonly Timer _timer;
    private readonly object _gate = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private readonly Dictionary<string, string> _publishedByUri = new(StringComparer.Ordinal);
    private HashSet<NoteKey> _pending = [];

    public DiagnosticsPublisher(ServerSession session, RequestQueue queue, Func<PublishDiagnosticsParams, Task> send, Func<DateOnly> today, ServerLogger logger, TimeSpan delay)
    {
        _session = session;
        _queue = queue;
        _send = send;
        _today = today;
        _logger = logger;
        _delay = delay;
        _timer = new Timer(_ => _ = FlushAsync(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>Whether diagnostics are pushed; false when the client pulls them with <c>textDocument/diagnostic</c>.</summary>
    public bool IsEnabled { get; set; } = true;

    /// <summary>
    /// Sends <c>workspace/diagnostic/refresh</c> when diagnostics are pulled; set when the client
    /// supports it, so that it pulls again after changes outside the open note. Null otherwise.
    /// </summary>
    public Func<Task>? Refresh { get; set; }

    /// <summary>Marks notes for checking and restarts the debounce delay.</summary>
    public void Schedule(IEnumerable<NoteKey> notes)
    {
        if (!IsEnabled && Refresh is null)
        {
            return;
        }

        lock (_gate)
        {
            _pending.UnionWith(notes);
            if (_pending.Count == 0)
            {
                return;
            }
        }

        _timer.Change(_delay, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Marks every note of every workspace, as after a vault load or a settings change.</summary>
    public void ScheduleAll()
    {
        ServerState state = _session.State;
        Schedule(state.Workspaces.SelectMany(w => w.Vault.Notes.Select(n => new NoteKey(w.RootPath, n.Path))));
    }

    /// <summary>Sends one NL9001 diagnostic on a note whose notification failed in the server, so the user sees that something went wrong.</summary>
    public async Task PublishInternalErrorAsync(string uri, int? version, string message)
    {
        var parameters = new PublishDiagnosticsParams(uri, version, [DiagnosticConversion.InternalError(message)]);
        lock (_gate)
        {
            _publishedByUri[uri] = Fingerprint(parameters);
        }

        await _send(parameters).ConfigureAwait(false);
    }

    /// <summary>Checks the marked notes now; the timer calls it when the delay has passed.</summary>
    public async Task FlushAsync()
    {
        await _flushing.WaitAsync().ConfigureAwait(false);
        try
        {
            (ServerState state, HashSet<NoteKey> notes) = await _queue.EnqueueCapture(() =>
            {
                lock (_gate)
                {
                    HashSet<NoteKey> taken = _pending;
                    _pending = [];
                    return (_session.State, taken);
                }
            }).ConfigureAwait(false);

            if (!IsEnabled)
            {
                if (notes.Count > 0 && Refresh is { } refresh)
                {
                    await refresh().ConfigureAwait(false);
                }

                return;
            }

            DateOnly today = _today();
            foreach (NoteKey key in notes.OrderBy(k => k.NotePath, StringComparer.Ordinal))
            {
                PublishDiagnosticsParams? parameters = Compute(state, key, today);
                if (parameters is not null && MarkIfChanged(parameters))
                {
                    await _send(parameters).ConfigureAwait(false);
                }
            }

            foreach (PublishDiagnosticsParams parameters in ConfigDiagnostics(state))
            {
                if (MarkIfChanged(parameters))
                {
                    await _send(parameters).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.Error("Diagnostics", "Publishing diagnostics failed.", e);
        }
        finally
        {
            _flushing.Release();
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        _flushing.Dispose();
    }

    /// <summary>Returns the diagnostics of one note, an empty set for a note that went or is out of scope, or null when nothing was ever sent for it.</summary>
    private static PublishDiagnosticsParams? Compute(ServerState state, NoteKey key, DateOnly today)
    {
        NoteContext? context = state.TryLocate(key);
        if (context is null)
        {
            VaultWorkspace? workspace = state.FindWorkspaceByRoot(key.RootPath);
            string uri = workspace is null
                ? Uris.FromPath(Core.Vault.VaultLoader.ToFullPath(key.RootPath, key.NotePath))
                : state.GetUri(workspace, key.NotePath);
            return new PublishDiagnosticsParams(uri, null, []);
        }

        if (state.Settings.Scope == DiagnosticsScope.OpenNotes && context.Document is null)
        {
            return new PublishDiagnosticsParams(context.Uri, null, []);
        }

        return new PublishDiagnosticsParams(context.Uri, context.Document?.Version, Check(state, context, today));
    }

    /// <summary>
    /// Returns one set per workspace for its <c>.notelsp.yaml</c>: the file's problems, or an
    /// empty set, which clears earlier problems once the file is fixed.
    /// </summary>
    private static IEnumerable<PublishDiagnosticsParams> ConfigDiagnostics(ServerState state) =>
        state.Workspaces.Select(workspace => new PublishDiagnosticsParams(
            Uris.FromPath(Path.Combine(workspace.RootPath, Core.Config.VaultConfig.FileName)),
            null,
            workspace.Vault.Config.Problems.Select(DiagnosticConversion.ConfigProblem).ToArray()));

    /// <summary>Checks one note and converts its diagnostics; shared with the pull handlers.</summary>
    public static Diagnostic[] Check(ServerState state, NoteContext context, DateOnly today)
    {
        IReadOnlyList<NoteDiagnostic> diagnostics = NoteChecker.Check(context.Vault, context.Note, new CheckOptions(today));
        return diagnostics
            .Select(d => DiagnosticConversion.ToLsp(d, context.Note.Text, path => state.FindNoteText(context.Workspace, path)))
            .ToArray();
    }

    private bool MarkIfChanged(PublishDiagnosticsParams parameters)
    {
        string fingerprint = Fingerprint(parameters);
        lock (_gate)
        {
            string? previous = _publishedByUri.GetValueOrDefault(parameters.Uri);
            if (previous is null && parameters.Diagnostics.Length == 0 && parameters.Version is null)
            {
                return false;
            }

            if (previous == fingerprint)
            {
                return false;
            }

            _publishedByUri[parameters.Uri] = fingerprint;
            return true;
        }
    }

    private static string Fingerprint(PublishDiagnosticsParams parameters) =>
        JsonSerializer.Serialize(parameters, LspConnection.SerializerOptions);
}
