namespace NoteLsp.Server.Handlers;

/// <summary>The one list of handler objects; JsonRpc exposes each one's <c>[JsonRpcMethod]</c> methods.</summary>
public static class HandlerRegistry
{
    public static IReadOnlyList<object> Create(HandlerContext context, LifecycleHandler lifecycle)
    {
        var templates = new TemplateCatalogCache();
        return
        [
            lifecycle,
            new TextDocumentSyncHandler(context),
            new WorkspaceHandler(context),
            new DiagnosticHandler(context),
            new DefinitionHandler(context),
            new ReferencesHandler(context),
            new HoverHandler(context),
            new DocumentSymbolHandler(context),
            new WorkspaceSymbolHandler(context),
            new FoldingRangeHandler(context),
            new CodeLensHandler(context),
            new DocumentLinkHandler(context),
            new DueReviewsHandler(context),
            new CodeActionHandler(context, templates),
            new ExecuteCommandHandler(context, templates),
            new CompletionHandler(context),
            new RenameHandler(context),
        ];
    }
}
