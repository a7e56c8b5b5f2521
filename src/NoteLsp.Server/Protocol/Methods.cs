namespace NoteLsp.Server.Protocol;

/// <summary>The LSP method names the server handles or sends.</summary>
public static class Methods
{
    public const string Initialize = "initialize";
    public const string Initialized = "initialized";
    public const string Shutdown = "shutdown";
    public const string Exit = "exit";

    public const string TextDocumentDidOpen = "textDocument/didOpen";
    public const string TextDocumentDidChange = "textDocument/didChange";
    public const string TextDocumentDidClose = "textDocument/didClose";
    public const string TextDocumentDidSave = "textDocument/didSave";
    public const string TextDocumentPublishDiagnostics = "textDocument/publishDiagnostics";
    public const string TextDocumentDiagnostic = "textDocument/diagnostic";
    public const string TextDocumentDefinition = "textDocument/definition";
    public const string TextDocumentReferences = "textDocument/references";
    public const string TextDocumentHover = "textDocument/hover";
    public const string TextDocumentDocumentSymbol = "textDocument/documentSymbol";
    public const string TextDocumentDocumentLink = "textDocument/documentLink";
    public const string TextDocumentFoldingRange = "textDocument/foldingRange";
    public const string TextDocumentCodeLens = "textDocument/codeLens";
    public const string TextDocumentCompletion = "textDocument/completion";
    public const string TextDocumentPrepareRename = "textDocument/prepareRename";
    public const string TextDocumentRename = "textDocument/rename";
    public const string TextDocumentCodeAction = "textDocument/codeAction";
    public const string CodeActionResolve = "codeAction/resolve";

    public const string WorkspaceDiagnostic = "workspace/diagnostic";
    public const string WorkspaceDiagnosticRefresh = "workspace/diagnostic/refresh";
    public const string WorkspaceSymbol = "workspace/symbol";
    public const string WorkspaceConfiguration = "workspace/configuration";
    public const string WorkspaceDidChangeConfiguration = "workspace/didChangeConfiguration";
    public const string WorkspaceDidChangeWatchedFiles = "workspace/didChangeWatchedFiles";
    public const string WorkspaceDidChangeWorkspaceFolders = "workspace/didChangeWorkspaceFolders";
    public const string WorkspaceWillRenameFiles = "workspace/willRenameFiles";
    public const string WorkspaceDidRenameFiles = "workspace/didRenameFiles";
    public const string WorkspaceExecuteCommand = "workspace/executeCommand";
    public const string WorkspaceApplyEdit = "workspace/applyEdit";

    public const string ClientRegisterCapability = "client/registerCapability";
    public const string WindowLogMessage = "window/logMessage";
    public const string WindowWorkDoneProgressCreate = "window/workDoneProgress/create";
    public const string Progress = "$/progress";

    /// <summary>NoteLsp's own request: the notes due for review, for the VS Code client's "Show due reviews".</summary>
    public const string DueReviews = "notelsp/dueReviews";

    /// <summary>NoteLsp's command for the editor's "New concept note": creates a note from a template through <c>workspace/applyEdit</c>.</summary>
    public const string NewNoteCommand = "notelsp.newNote";
}
