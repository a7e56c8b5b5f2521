using System.Diagnostics;
using System.Reflection;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Rpc;
using NoteLsp.Server.Session;
using StreamJsonRpc;

namespace NoteLsp.Server.Handlers;

/// <summary><c>initialize</c>, <c>initialized</c>, <c>shutdown</c> and <c>exit</c>.</summary>
public sealed class LifecycleHandler
{
    private readonly HandlerContext _context;
    private readonly Action<int> _exit;
    private List<WorkspaceFolder> _folders = [];

    /// <param name="exit">Ends the server with an exit code: 0 after <c>shutdown</c>, 1 without.</param>
    public LifecycleHandler(HandlerContext context, Action<int> exit)
    {
        _context = context;
        _exit = exit;
    }

    public static string Version =>
        typeof(LifecycleHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    [JsonRpcMethod(Methods.Initialize, UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams request)
    {
        ServerSession session = _context.Session;
        if (session.IsInitialized)
        {
            throw new LocalRpcException("The server is already initialized.") { ErrorCode = ErrorCodes.InvalidRequest };
        }

        session.ClientCapabilities = request.Capabilities ?? new ClientCapabilities(null, null, null);
        ServerSettings settings = ServerSettings.Read(request.InitializationOptions, ServerSettings.Default);
        session.SetSettings(settings);
        ApplyLogLevel(settings);
        _folders = ReadFolders(request);
        _context.Diagnostics.IsEnabled = !ServerCapabilitiesFactory.SupportsPullDiagnostics(session.ClientCapabilities);
        if (!_context.Diagnostics.IsEnabled && session.ClientCapabilities.Workspace?.Diagnostics?.RefreshSupport == true)
        {
            _context.Diagnostics.Refresh = () => _context.Connection.RequestAsync<object?>(Methods.WorkspaceDiagnosticRefresh, new { }, CancellationToken.None);
        }
        session.IsInitialized = true;

        _context.Logger.Information(Methods.Initialize, $"Client {request.ClientInfo?.Name ?? "(unnamed)"} {request.ClientInfo?.Version}; folders: {(_folders.Count == 0 ? "none (single-file mode)" : string.Join(", ", _folders.Select(f => f.Uri)))}.");
        return new InitializeResult(ServerCapabilitiesFactory.Create(session.ClientCapabilities), new ServerInfo("NoteLsp", Version));
    }

    /// <summary>Registers file watchers, reads the settings and loads the vaults, off the dispatch path and in queue order.</summary>
    [JsonRpcMethod(Methods.Initialized, UseSingleObjectParameterDeserialization = true)]
    public Task InitializedAsync(object? request)
    {
        _ = request;
        if (!_context.Session.IsInitialized)
        {
            return Task.CompletedTask;
        }

        IReadOnlyList<WorkspaceFolder> folders = _folders;
        return _context.Queue.EnqueueMutation(async () =>
        {
            _context.Options.BeforeMutation?.Invoke(Methods.Initialized);
            await RegisterWatchersAsync().ConfigureAwait(false);
            await ConfigurationReader.RefreshAsync(_context).ConfigureAwait(false);
            await WorkspaceLoading.LoadAsync(_context, folders, CancellationToken.None).ConfigureAwait(false);
        });
    }

    [JsonRpcMethod(Methods.Shutdown)]
    public object? Shutdown()
    {
        _context.ThrowIfNotInitialized();
        _context.Session.IsShutdownRequested = true;
        _context.Logger.Information(Methods.Shutdown, "Shutdown requested.");
        return null;
    }

    [JsonRpcMethod(Methods.Exit)]
    public void Exit()
    {
        int code = _context.Session.IsShutdownRequested ? 0 : 1;
        _context.Logger.Information(Methods.Exit, $"Exiting with code {code}.");
        _exit(code);
    }

    private void ApplyLogLevel(ServerSettings settings)
    {
        if (settings.LogLevel is { } level)
        {
            _context.Logger.ClientLevel = level;
        }
    }

    private static List<WorkspaceFolder> ReadFolders(InitializeParams request)
    {
        if (request.WorkspaceFolders is { Length: > 0 } folders)
        {
            return [.. folders];
        }

        if (!string.IsNullOrEmpty(request.RootUri))
        {
            return [new WorkspaceFolder(request.RootUri, Path.GetFileName(request.RootUri.TrimEnd('/')))];
        }

        return string.IsNullOrEmpty(request.RootPath)
            ? []
            : [new WorkspaceFolder(Conversion.Uris.FromPath(request.RootPath), Path.GetFileName(request.RootPath))];
    }

    private async Task RegisterWatchersAsync()
    {
        if (_context.Session.ClientCapabilities.Workspace?.DidChangeWatchedFiles?.DynamicRegistration != true)
        {
            _context.Logger.Debug(Methods.Initialized, "The client cannot register file watchers dynamically; changes made outside the editor are seen only when a note is opened.");
            return;
        }

        var options = new DidChangeWatchedFilesRegistrationOptions(
        [
            new Protocol.FileSystemWatcher("**/*.md"),
            new Protocol.FileSystemWatcher("**/*"),
            new Protocol.FileSystemWatcher("**/" + Core.Config.VaultConfig.FileName),
        ]);
        var registration = new Registration("notelsp-watched-files", Methods.WorkspaceDidChangeWatchedFiles, options);
        try
        {
            await _context.Connection.RequestAsync<object?>(Methods.ClientRegisterCapability, new RegistrationParams([registration]), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException or ObjectDisposedException)
        {
            _context.Logger.Warning(Methods.ClientRegisterCapability, $"The client rejected the file watcher registration: {e.Message}");
        }
    }

    /// <summary>Writes the start-up banner: version, runtime, operating system and process id.</summary>
    public static void LogBanner(Logging.ServerLogger logger) =>
        logger.Information("Server", $"NoteLsp {Version} on .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, pid {Environment.ProcessId}, stdio.");

    internal static long ElapsedMilliseconds(long startTimestamp) => (long)Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
}
