using System.Text.Json;

namespace NoteLsp.Server.Protocol;

public sealed record InitializeParams(
    int? ProcessId,
    string? RootUri,
    string? RootPath,
    ClientCapabilities? Capabilities,
    WorkspaceFolder[]? WorkspaceFolders,
    JsonElement? InitializationOptions,
    ClientInfo? ClientInfo);

public sealed record ClientInfo(string Name, string? Version);

public sealed record ClientCapabilities(
    WorkspaceClientCapabilities? Workspace,
    TextDocumentClientCapabilities? TextDocument,
    WindowClientCapabilities? Window);

public sealed record WorkspaceClientCapabilities(
    bool? Configuration,
    bool? WorkspaceFolders,
    DynamicRegistrationCapability? DidChangeWatchedFiles,
    RefreshCapability? Diagnostics,
    bool? ApplyEdit = null);

public sealed record TextDocumentClientCapabilities(JsonElement? Diagnostic, CodeActionClientCapabilities? CodeAction = null)
{
    /// <summary>The client's <c>textDocument.completion</c> capabilities, such as <c>insertReplaceSupport</c>.</summary>
    public JsonElement? Completion { get; init; }
}

/// <param name="ResolveSupport">The code action properties the client can fill in later with <c>codeAction/resolve</c>.</param>
public sealed record CodeActionClientCapabilities(CodeActionResolveSupport? ResolveSupport);

public sealed record CodeActionResolveSupport(string[] Properties);

public sealed record WindowClientCapabilities(bool? WorkDoneProgress);

public sealed record DynamicRegistrationCapability(bool? DynamicRegistration);

public sealed record RefreshCapability(bool? RefreshSupport);

public sealed record WorkspaceServerCapabilities(
    WorkspaceFoldersServerCapabilities WorkspaceFolders,
    WorkspaceFileOperationsServerCapabilities? FileOperations = null);

/// <summary>The file operations the server wants to hear about, such as renames in the file explorer.</summary>
public sealed record WorkspaceFileOperationsServerCapabilities(
    FileOperationRegistrationOptions? WillRename = null,
    FileOperationRegistrationOptions? DidRename = null);

public sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string Version);

/// <summary>
/// What the server offers. Each provider is an object or a boolean, as LSP allows, so the
/// properties are typed <see cref="object"/>; a null property is left out of the JSON.
/// </summary>
public sealed class ServerCapabilities
{
    public string PositionEncoding { get; set; } = "utf-16";

    public TextDocumentSyncOptions? TextDocumentSync { get; set; }

    public object? HoverProvider { get; set; }

    public object? DefinitionProvider { get; set; }

    public object? ReferencesProvider { get; set; }

    public object? DocumentSymbolProvider { get; set; }

    public object? WorkspaceSymbolProvider { get; set; }

    public object? FoldingRangeProvider { get; set; }

    public object? CodeLensProvider { get; set; }

    public object? DocumentLinkProvider { get; set; }

    public object? DiagnosticProvider { get; set; }

    public object? CompletionProvider { get; set; }

    public object? RenameProvider { get; set; }

    public object? CodeActionProvider { get; set; }

    public object? ExecuteCommandProvider { get; set; }

    public WorkspaceServerCapabilities? Workspace { get; set; }
}

/// <param name="Change">1 = full text, 2 = incremental.</param>
public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions? Save);

public sealed record SaveOptions(bool IncludeText);

public sealed record LogMessageParams(int Type, string Message);

public sealed record Registration(string Id, string Method, object? RegisterOptions);

public sealed record RegistrationParams(Registration[] Registrations);

public sealed record WorkDoneProgressCreateParams(string Token);

public sealed record ProgressParams(string Token, object Value);

public sealed record WorkDoneProgressBegin(string Title, string? Message, int? Percentage, string Kind = "begin");

public sealed record WorkDoneProgressReport(string? Message, int? Percentage, string Kind = "report");

public sealed record WorkDoneProgressEnd(string? Message, string Kind = "end");
