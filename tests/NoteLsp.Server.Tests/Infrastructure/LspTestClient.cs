using System.Collections.Concurrent;
using System.Text.Json;
using Nerdbank.Streams;
using NoteLsp.Server.Logging;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Rpc;
using StreamJsonRpc;
using Xunit.Abstractions;

namespace NoteLsp.Server.Tests.Infrastructure;

/// <summary>
/// A real LSP client over in-memory pipes: a client <see cref="JsonRpc"/> on one end and a real
/// <see cref="LanguageServer"/> on the other. It records what the server pushes and waits for it
/// with a timeout; it never sleeps.
/// </summary>
public sealed class LspTestClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly List<PublishDiagnosticsParams> _diagnostics = [];
    private readonly List<(Func<PublishDiagnosticsParams, bool> Match, TaskCompletionSource<PublishDiagnosticsParams> Done)> _waiters = [];
    private readonly object _gate = new();
    private readonly Stream _clientStream;

    private LspTestClient(Stream clientStream, LanguageServer server, Task<int> serverRun, ITestOutputHelper output, ClientTarget target)
    {
        _clientStream = clientStream;
        Server = server;
        ServerRun = serverRun;
        Target = target;
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LspConnection.SerializerOptions };
        Rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
        target.DiagnosticsReceived = OnDiagnostics;
        target.LogMessageReceived = message => Log(output, message);
        Rpc.AddLocalRpcTarget(target, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        Rpc.StartListening();
    }

    public JsonRpc Rpc { get; }

    public LanguageServer Server { get; }

    /// <summary>The server's <see cref="LanguageServer.RunAsync"/>: completes with the exit code.</summary>
    public Task<int> ServerRun { get; }

    public ClientTarget Target { get; }

    public IReadOnlyList<PublishDiagnosticsParams> ReceivedDiagnostics
    {
        get
        {
            lock (_gate)
            {
                return [.. _diagnostics];
            }
        }
    }

    /// <summary>Starts a server and a client over a duplex pipe; the test's output gets the server log.</summary>
    public static LspTestClient Start(ITestOutputHelper output, ServerOptions? options = null)
    {
        (Stream clientStream, Stream serverStream) = FullDuplexStream.CreatePair();
        var writer = new TestOutputWriter(output);
        options ??= new ServerOptions();
        options = new ServerOptions
        {
            Today = options.Today,
            DiagnosticsDelay = options.DiagnosticsDelay == TimeSpan.FromMilliseconds(200) ? TimeSpan.FromMilliseconds(20) : options.DiagnosticsDelay,
            LogWriter = writer,
            LogLevel = LogLevel.Debug,
            OnExit = options.OnExit,
            BeforeRequest = options.BeforeRequest,
            BeforeMutation = options.BeforeMutation,
            OnMutationReceived = options.OnMutationReceived,
        };
        var server = new LanguageServer(serverStream, serverStream, options);
        Task<int> run = Task.Run(server.RunAsync);
        return new LspTestClient(clientStream, server, run, output, new ClientTarget());
    }

    /// <summary>Sends <c>initialize</c> and <c>initialized</c> and waits until the vaults are loaded.</summary>
    public async Task<InitializeResult> InitializeAsync(string? rootUri, object? capabilities = null, object? initializationOptions = null)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["processId"] = Environment.ProcessId,
            ["clientInfo"] = new { name = "LspTestClient", version = "1" },
            ["capabilities"] = capabilities ?? new { },
            ["workspaceFolders"] = rootUri is null ? null : new[] { new { uri = rootUri, name = "vault" } },
            ["rootUri"] = rootUri,
            ["initializationOptions"] = initializationOptions,
        };
        InitializeResult result = await RequestAsync<InitializeResult>(Methods.Initialize, parameters).ConfigureAwait(false);
        await NotifyAsync(Methods.Initialized, new { }).ConfigureAwait(false);
        await WhenServerIdleAsync().ConfigureAwait(false);
        return result;
    }

    /// <summary>Waits until every message sent so far has been applied by the server, by a request that queues behind them.</summary>
    public Task WhenServerIdleAsync() => RequestAsync<JsonElement>(Methods.WorkspaceDiagnostic, new { previousResultIds = Array.Empty<object>() });

    public Task OpenAsync(string uri, string text, int version = 1) =>
        NotifyAsync(Methods.TextDocumentDidOpen, new { textDocument = new { uri, languageId = "markdown", version, text } });

    public Task ChangeAsync(string uri, int version, params object[] contentChanges) =>
        NotifyAsync(Methods.TextDocumentDidChange, new { textDocument = new { uri, version }, contentChanges });

    public Task CloseAsync(string uri) => NotifyAsync(Methods.TextDocumentDidClose, new { textDocument = new { uri } });

    public static object Edit(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new { range = new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } }, text };

    public Task NotifyAsync(string method, object parameters) => Rpc.NotifyWithParameterObjectAsync(method, parameters);

    public async Task<T> RequestAsync<T>(string method, object? parameters, CancellationToken cancellationToken = default) =>
        await Rpc.InvokeWithParameterObjectAsync<T>(method, parameters, cancellationToken).WaitAsync(Timeout, CancellationToken.None).ConfigureAwait(false);

    /// <summary>Waits for diagnostics of <paramref name="uri"/>; with a version, for that version.</summary>
    public Task<PublishDiagnosticsParams> WaitForDiagnosticsAsync(string uri, int? version = null) =>
        WaitForDiagnosticsAsync(p => p.Uri == uri && (version is null || p.Version == version));

    public Task<PublishDiagnosticsParams> WaitForDiagnosticsAsync(Func<PublishDiagnosticsParams, bool> match)
    {
        var done = new TaskCompletionSource<PublishDiagnosticsParams>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            PublishDiagnosticsParams? existing = _diagnostics.LastOrDefault(match);
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            _waiters.Add((match, done));
        }

        return done.Task.WaitAsync(Timeout);
    }

    /// <summary>Forgets the diagnostics received so far, so that a later wait sees only new ones.</summary>
    public void ClearDiagnostics()
    {
        lock (_gate)
        {
            _diagnostics.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Rpc.Dispose();
        await _clientStream.DisposeAsync().ConfigureAwait(false);
        try
        {
            await ServerRun.WaitAsync(Timeout).ConfigureAwait(false);
        }
        finally
        {
            Server.Dispose();
        }
    }

    private void OnDiagnostics(JsonElement element)
    {
        PublishDiagnosticsParams parameters = element.Deserialize<PublishDiagnosticsParams>(LspConnection.SerializerOptions)!;
        lock (_gate)
        {
            _diagnostics.Add(parameters);
            foreach (var waiter in _waiters.Where(w => w.Match(parameters)).ToArray())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(parameters);
            }
        }
    }

    private static void Log(ITestOutputHelper output, JsonElement message)
    {
        try
        {
            output.WriteLine("client got window/logMessage: " + message.GetProperty("message").GetString());
        }
        catch (InvalidOperationException)
        {
            // The test has finished; xunit rejects output after that.
        }
    }

    /// <summary>The client's side of server-to-client requests; it records what the server asked for.</summary>
    public sealed class ClientTarget
    {
        public ConcurrentQueue<JsonElement> Registrations { get; } = new();

        public ConcurrentQueue<JsonElement> Progress { get; } = new();

        public Action<JsonElement>? DiagnosticsReceived { get; set; }

        public Action<JsonElement>? LogMessageReceived { get; set; }

        /// <summary>The <c>notelsp</c> settings object returned to <c>workspace/configuration</c>.</summary>
        public object? Settings { get; set; }

        [JsonRpcMethod(Methods.ClientRegisterCapability)]
        public object? RegisterCapability(JsonElement registration)
        {
            Registrations.Enqueue(registration);
            return null;
        }

        [JsonRpcMethod(Methods.WorkspaceConfiguration)]
        public object?[] Configuration(JsonElement request) => [Settings];

        public ConcurrentQueue<JsonElement> ProgressTokens { get; } = new();

        [JsonRpcMethod(Methods.WindowWorkDoneProgressCreate)]
        public object? CreateProgress(JsonElement request)
        {
            ProgressTokens.Enqueue(request);
            return null;
        }

        /// <summary>Every <c>workspace/applyEdit</c> request the server sent, in order.</summary>
        public ConcurrentQueue<JsonElement> EditRequests { get; } = new();

        /// <summary>Answers <c>workspace/applyEdit</c>; when null, the client rejects every edit.</summary>
        public Func<JsonElement, ApplyWorkspaceEditResult>? ApplyEdit { get; set; }

        [JsonRpcMethod(Methods.WorkspaceApplyEdit)]
        public ApplyWorkspaceEditResult OnApplyEdit(JsonElement request)
        {
            EditRequests.Enqueue(request);
            return ApplyEdit?.Invoke(request) ?? new ApplyWorkspaceEditResult(false, "The test client rejects edits.");
        }

        public int RefreshCount => _refreshCount;

        private int _refreshCount;

        [JsonRpcMethod(Methods.WorkspaceDiagnosticRefresh)]
        public object? RefreshDiagnostics(JsonElement request)
        {
            Interlocked.Increment(ref _refreshCount);
            return null;
        }

        [JsonRpcMethod(Methods.TextDocumentPublishDiagnostics)]
        public void OnDiagnostics(JsonElement parameters) => DiagnosticsReceived?.Invoke(parameters);

        [JsonRpcMethod(Methods.WindowLogMessage)]
        public void OnLogMessage(JsonElement parameters) => LogMessageReceived?.Invoke(parameters);

        [JsonRpcMethod(Methods.Progress)]
        public void OnProgress(JsonElement progress) => Progress.Enqueue(progress);
    }

    /// <summary>Writes the server log into the test output; lines after the test ended are dropped.</summary>
    private sealed class TestOutputWriter(ITestOutputHelper output) : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void WriteLine(string? value)
        {
            try
            {
                output.WriteLine(value ?? string.Empty);
            }
            catch (InvalidOperationException)
            {
                // The test has finished.
            }
        }
    }
}
