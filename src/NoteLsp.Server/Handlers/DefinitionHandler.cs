using NoteLsp.Core.Features;
using NoteLsp.Server.Conversion;
using NoteLsp.Server.Protocol;
using StreamJsonRpc;

namespace NoteLsp.Server.Handlers;

/// <summary><c>textDocument/definition</c>: the note, heading or block a link points to.</summary>
public sealed class DefinitionHandler(HandlerContext context)
{
    [JsonRpcMethod(Methods.TextDocumentDefinition, UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]> DefinitionAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        context.ReadNoteAsync(Methods.TextDocumentDefinition, request.TextDocument.Uri, Array.Empty<Location>(), (note, state, token) =>
        {
            int offset = Positions.ToOffset(note.Note.Text, request.Position);
            NoteLocation? target = DefinitionService.FindDefinition(note.Vault, note.Note, offset, token);
            return target is null ? [] : [Locations.ToLsp(state, note.Workspace, target)];
        }, cancellationToken);
}
