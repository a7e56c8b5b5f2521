using NoteLsp.Core.Features;
using NoteLsp.Core.Notes;
using NoteLsp.Server.Conversion;
using NoteLsp.Server.Protocol;
using StreamJsonRpc;

namespace NoteLsp.Server.Handlers;

/// <summary><c>textDocument/codeLens</c>: "N backlinks" on the note's title.</summary>
public sealed class CodeLensHandler(HandlerContext context)
{
    /// <summary>The client command the lens names. VS Code has no built-in command that takes LSP locations, so the NoteLsp extension provides it.</summary>
    public const string ShowReferencesCommand = "notelsp.showReferences";

    [JsonRpcMethod(Methods.TextDocumentCodeLens, UseSingleObjectParameterDeserialization = true)]
    public Task<CodeLens[]> CodeLensAsync(CodeLensParams request, CancellationToken cancellationToken) =>
        context.ReadNoteAsync(Methods.TextDocumentCodeLens, request.TextDocument.Uri, Array.Empty<CodeLens>(), (note, state, token) =>
        {
            Heading? title = note.Note.Headings.FirstOrDefault(h => h.Level == 1);
            if (title is null)
            {
                return [];
            }

            IReadOnlyList<NoteLocation> backlinks = BacklinkService.FindBacklinks(note.Vault, note.Note.Path, null, token);
            string label = backlinks.Count == 1 ? "1 backlink" : $"{backlinks.Count} backlinks";
            Protocol.Range range = Positions.ToLsp(note.Note.Text, title.Span);
            Location[] locations = backlinks.Select(b => Locations.ToLsp(state, note.Workspace, b)).ToArray();
            return [new CodeLens(range, new Command(label, ShowReferencesCommand, [note.Uri, range.Start, locations]))];
        }, cancellationToken);
}
