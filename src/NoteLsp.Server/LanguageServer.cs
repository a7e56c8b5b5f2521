using NoteLsp.Server.Handlers;
using NoteLsp.Server.Logging;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Rpc;
using NoteLsp.Server.Session;
using StreamJsonRpc;

namespace NoteLsp.Server;

/// <summary>
/// The composition root of the language server: builds the connection, the session, the
/// queue, the diagnostics publisher and the handlers, and runs until the client exits or the
/// input closes.
/// </summary>
public sealed class LanguageServer : IDisposable
{
    private readonly LspConnection _connection;
    private readonly DiagnosticsPublisher _diagnostics;
    private readonly ServerSession _session = new();
    private readonly ServerOptions _options;
    private int? _exitCode;

    /// <param name="input">The stream the client writes to (stdin).</param>
    /// <param name="output">The stream the client reads (stdout); nothing but LSP messages is ever written to it.</param>
    public LanguageServer(Stream input, Stream output, ServerOptions options)
    {
        _options = options;
        Logger = new ServerLogger(options.LogWriter, options.LogLevel);
        _connection = new LspConnection(input, output, Logger);
        var queue = new RequestQueue();
        _diagnostics = new DiagnosticsPublisher(
            _session,
            queue,
            parameters => _connection.NotifyAsync(Methods.TextDocumentPublishDiagnostics, parameters),
            options.Today,
            Logger,
            options.DiagnosticsDelay);

        var context = new HandlerContext(_session, queue, _diagnostics, _connection, Logger, options);
        var lifecycle = new LifecycleHandler(context, Exit);
        foreach (object handler in HandlerRegistry.Create(context, lifecycle))
        {
            _connection.Rpc.AddLocalRpcTarget(handler, new JsonRpcTargetOptions { DisposeOnDisconnect = false });
        }
    }

    public ServerLogger Logger { get; }

    /// <summary>Serves until <c>exit</c> or the end of the input; returns the process exit code (0 only after <c>shutdown</c>).</summary>
    public async Task<int> RunAsync()
    {
        LifecycleHandler.LogBanner(Logger);
        Logger.AttachClient((level, message) => _connection.NotifyAsync(Methods.WindowLogMessage, new LogMessageParams(ToMessageType(level), message)));
        _connection.StartListening();
        try
        {
            await _connection.Completion.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Logger.Error("Server", "The connection failed.", e);
        }

        Logger.AttachClient(null);
        int code = _exitCode ?? (_session.IsShutdownRequested ? 0 : 1);
        if (_exitCode is null)
        {
            Logger.Information("Server", $"The input closed; exiting with code {code}.");
        }

        return code;
    }

    public void Dispose()
    {
        _diagnostics.Dispose();
        _connection.Dispose();
    }

    private void Exit(int code)
    {
        _exitCode = code;
        _options.OnExit?.Invoke(code);

        // Disposing the connection from inside its own handler would wait on that handler, so it runs apart.
        _ = Task.Run(_connection.Dispose);
    }

    private static int ToMessageType(LogLevel level) => level switch
    {
        LogLevel.Error => 1,
        LogLevel.Warning => 2,
        LogLevel.Information => 3,
        _ => 4,
    };
}
