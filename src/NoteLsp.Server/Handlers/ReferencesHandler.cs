using NoteLsp.Core.Features;
using NoteLsp.Server.Conversion;
using NoteLsp.Server.Protocol;
using StreamJsonRpc;

namespace NoteLsp.Server.Handlers;

/// <summary><c>textDocument/references</c>: every link to the note or heading under the cursor.</summary>
public sealed class ReferencesHandler(HandlerContext context)
{
    [JsonRpcMethod(Methods.TextDocumentReferences, UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]> ReferencesAsync(ReferenceParams request, CancellationToken cancellationToken) =>
        context.ReadNoteAsync(Methods.TextDocumentReferences, request.TextDocument.Uri, Array.Empty<Location>(), (note, state, token) =>
        {
            int offset = Positions.ToOffset(note.Note.Text, request.Position);
            bool includeDeclaration = request.Context?.IncludeDeclaration ?? false;
            IReadOnlyList<NoteLocation> references = ReferencesService.FindReferences(note.Vault, note.Note, offset, includeDeclaration, token);
            return references.Select(r => Locations.ToLsp(state, note.Workspace, r)).ToArray();
        }, cancellationToken);
}
