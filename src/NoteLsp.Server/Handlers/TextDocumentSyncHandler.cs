using NoteLsp.Server.Protocol;
using StreamJsonRpc;

namespace NoteLsp.Server.Handlers;

/// <summary><c>textDocument/didOpen</c>, <c>didChange</c>, <c>didClose</c> and <c>didSave</c>: the editor's text of open notes.</summary>
public sealed class TextDocumentSyncHandler(HandlerContext context)
{
    [JsonRpcMethod(Methods.TextDocumentDidOpen, UseSingleObjectParameterDeserialization = true)]
    public Task DidOpenAsync(DidOpenTextDocumentParams request) =>
        context.MutateAsync(Methods.TextDocumentDidOpen, request.TextDocument.Uri, () =>
            context.Session.OpenDocument(request.TextDocument.Uri, request.TextDocument.Version, request.TextDocument.Text));

    [JsonRpcMethod(Methods.TextDocumentDidChange, UseSingleObjectParameterDeserialization = true)]
    public Task DidChangeAsync(DidChangeTextDocumentParams request) =>
        context.MutateAsync(Methods.TextDocumentDidChange, request.TextDocument.Uri, () =>
            context.Session.ChangeDocument(request.TextDocument.Uri, request.TextDocument.Version, request.ContentChanges));

    [JsonRpcMethod(Methods.TextDocumentDidClose, UseSingleObjectParameterDeserialization = true)]
    public Task DidCloseAsync(DidCloseTextDocumentParams request) =>
        context.MutateAsync(Methods.TextDocumentDidClose, request.TextDocument.Uri, () =>
            context.Session.CloseDocument(request.TextDocument.Uri));

    /// <summary>Nothing to do: the saved file contains the text the server already has from didChange.</summary>
    [JsonRpcMethod(Methods.TextDocumentDidSave, UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams request) =>
        context.Logger.Trace(Methods.TextDocumentDidSave, request.TextDocument.Uri);
}
