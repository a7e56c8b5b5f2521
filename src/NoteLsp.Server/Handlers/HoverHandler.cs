using NoteLsp.Core.Features;
using NoteLsp.Server.Conversion;
using NoteLsp.Server.Protocol;
using StreamJsonRpc;

namespace NoteLsp.Server.Handlers;

/// <summary><c>textDocument/hover</c>: a preview of a link's target, or how far a review date is.</summary>
public sealed class HoverHandler(HandlerContext context)
{
    [JsonRpcMethod(Methods.TextDocumentHover, UseSingleObjectParameterDeserialization = true)]
    public Task<Hover?> HoverAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        context.ReadNoteAsync<Hover?>(Methods.TextDocumentHover, request.TextDocument.Uri, null, (note, _, token) =>
        {
            int offset = Positions.ToOffset(note.Note.Text, request.Position);
            HoverContent? hover = HoverService.GetHover(note.Vault, note.Note, offset, context.Options.Today(), token);
            return hover is null ? null : new Hover(MarkupContent.Markdown(hover.Markdown), Positions.ToLsp(note.Note.Text, hover.Span));
        }, cancellationToken);
}
