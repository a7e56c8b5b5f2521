using NoteLsp.Core.Features;
using NoteLsp.Core.Text;
using NoteLsp.Server.Conversion;
using NoteLsp.Server.Protocol;
using StreamJsonRpc;

namespace NoteLsp.Server.Handlers;

/// <summary><c>textDocument/documentSymbol</c>: the note's heading outline, nested.</summary>
public sealed class DocumentSymbolHandler(HandlerContext context)
{
    [JsonRpcMethod(Methods.TextDocumentDocumentSymbol, UseSingleObjectParameterDeserialization = true)]
    public Task<DocumentSymbol[]> DocumentSymbolAsync(DocumentSymbolParams request, CancellationToken cancellationToken) =>
        context.ReadNoteAsync(Methods.TextDocumentDocumentSymbol, request.TextDocument.Uri, Array.Empty<DocumentSymbol>(), (note, _, _) =>
            ToLsp(SymbolService.GetOutline(note.Note), note.Note.Text), cancellationToken);

    private static DocumentSymbol[] ToLsp(IReadOnlyList<OutlineSymbol> symbols, SourceText text) =>
        symbols.Select(s => new DocumentSymbol(
            s.Name,
            $"H{s.Level}",
            SymbolKinds.Text,
            Positions.ToLsp(text, s.Span),
            Positions.ToLsp(text, s.SelectionSpan),
            s.Children.Count == 0 ? null : ToLsp(s.Children, text))).ToArray();
}
