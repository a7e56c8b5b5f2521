using System.Text.Json.Serialization;

namespace NoteLsp.Server.Protocol;

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record Hover(MarkupContent Contents, Range? Range);

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

/// <param name="Kind">An LSP SymbolKind number, see <see cref="SymbolKinds"/>.</param>
public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[]? Children);

public sealed record WorkspaceSymbolParams(string Query);

public sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);

public sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

public sealed record FoldingRange(int StartLine, int EndLine, string? Kind);

public sealed record CodeLensParams(TextDocumentIdentifier TextDocument);

public sealed record CodeLens(Range Range, Command? Command);

public sealed record Command(string Title, [property: JsonPropertyName("command")] string CommandName, object[]? Arguments);

public sealed record DocumentLinkParams(TextDocumentIdentifier TextDocument);

public sealed record DocumentLink(Range Range, string? Target, string? Tooltip);

public sealed record ResolveOptions(bool ResolveProvider);

/// <summary>The LSP SymbolKind numbers the server uses.</summary>
public static class SymbolKinds
{
    public const int File = 1;
    public const int Namespace = 3;
    /// <summary>LSP calls kind 15 "String"; headings use it.</summary>
    public const int Text = 15;
    public const int Key = 20;
}
