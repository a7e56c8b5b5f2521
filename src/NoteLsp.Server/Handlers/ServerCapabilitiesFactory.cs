using NoteLsp.Server.Protocol;

namespace NoteLsp.Server.Handlers;

/// <summary>The one place that builds the server capabilities; a new handler adds its provider here.</summary>
public static class ServerCapabilitiesFactory
{
    public static ServerCapabilities Create(ClientCapabilities client)
    {
        var capabilities = new ServerCapabilities
        {
            TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, Change: 2, Save: new SaveOptions(IncludeText: false)),
            HoverProvider = true,
            DefinitionProvider = true,
            ReferencesProvider = true,
            DocumentSymbolProvider = true,
            WorkspaceSymbolProvider = true,
            FoldingRangeProvider = true,
            CodeLensProvider = new ResolveOptions(ResolveProvider: false),
            DocumentLinkProvider = new ResolveOptions(ResolveProvider: false),
            CompletionProvider = new CompletionOptions(CompletionHandler.TriggerCharacters, ResolveProvider: false),
            RenameProvider = new RenameOptions(PrepareProvider: true),
            Workspace = new WorkspaceServerCapabilities(
                new WorkspaceFoldersServerCapabilities(Supported: true, ChangeNotifications: true),
                new WorkspaceFileOperationsServerCapabilities(WillRename: RenameHandler.FileOperations, DidRename: RenameHandler.FileOperations)),
            CodeActionProvider = new CodeActionOptions([Core.Features.CodeActions.CodeActionKinds.QuickFix], ResolveProvider: true),
            ExecuteCommandProvider = new ExecuteCommandOptions([.. ExecuteCommandHandler.Commands]),
        };

        if (SupportsPullDiagnostics(client))
        {
            capabilities.DiagnosticProvider = new DiagnosticOptions(InterFileDependencies: true, WorkspaceDiagnostics: true, Identifier: "notelsp");
        }

        return capabilities;
    }

    /// <summary>Whether the client pulls diagnostics (<c>textDocument.diagnostic</c>); the server then does not push them.</summary>
    public static bool SupportsPullDiagnostics(ClientCapabilities client) =>
        client.TextDocument?.Diagnostic is { ValueKind: System.Text.Json.JsonValueKind.Object };
}
