using NoteLsp.Core.Features;
using NoteLsp.Server.Protocol;
using StreamJsonRpc;

namespace NoteLsp.Server.Handlers;

/// <summary><c>textDocument/foldingRange</c>: one range per section.</summary>
public sealed class FoldingRangeHandler(HandlerContext context)
{
    [JsonRpcMethod(Methods.TextDocumentFoldingRange, UseSingleObjectParameterDeserialization = true)]
    public Task<FoldingRange[]> FoldingRangeAsync(FoldingRangeParams request, CancellationToken cancellationToken) =>
        context.ReadNoteAsync(Methods.TextDocumentFoldingRange, request.TextDocument.Uri, Array.Empty<FoldingRange>(), (note, _, _) =>
            FoldingService.GetRanges(note.Note).Select(r => new FoldingRange(r.StartLine, r.EndLine, "region")).ToArray(), cancellationToken);
}
