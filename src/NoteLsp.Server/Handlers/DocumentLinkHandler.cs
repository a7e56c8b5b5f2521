using NoteLsp.Core.Features;
using NoteLsp.Server.Conversion;
using NoteLsp.Server.Protocol;
using StreamJsonRpc;

namespace NoteLsp.Server.Handlers;

/// <summary><c>textDocument/documentLink</c>: resolved wiki links as clickable links.</summary>
public sealed class DocumentLinkHandler(HandlerContext context)
{
    [JsonRpcMethod(Methods.TextDocumentDocumentLink, UseSingleObjectParameterDeserialization = true)]
    public Task<DocumentLink[]> DocumentLinkAsync(DocumentLinkParams request, CancellationToken cancellationToken) =>
        context.ReadNoteAsync(Methods.TextDocumentDocumentLink, request.TextDocument.Uri, Array.Empty<DocumentLink>(), (note, state, token) =>
            DocumentLinkService.GetLinks(note.Vault, note.Note, token).Select(link =>
            {
                Location target = Locations.ToLsp(state, note.Workspace, link.Target);

                // A '#L<line>' fragment opens the target at the heading in VS Code and is ignored by clients that do not know it.
                string uri = target.Range.Start.Line > 0 ? $"{target.Uri}#L{target.Range.Start.Line + 1}" : target.Uri;
                return new DocumentLink(Positions.ToLsp(note.Note.Text, link.Span), uri, link.Target.Path);
            }).ToArray(), cancellationToken);
}
