namespace NoteLsp.Server.Protocol;

/// <param name="TriggerKind">1 = invoked, 2 = trigger character, 3 = re-triggered for an incomplete list.</param>
public sealed record CompletionContext(int TriggerKind, string? TriggerCharacter);

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position, CompletionContext? Context)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record CompletionOptions(string[] TriggerCharacters, bool ResolveProvider);

public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

/// <summary>A completion item; <see cref="TextEdit"/> is an <see cref="InsertReplaceEdit"/> or a <see cref="TextEdit"/>, as the client supports.</summary>
public sealed record CompletionItem(string Label, int Kind)
{
    public CompletionItemLabelDetails? LabelDetails { get; init; }

    public string? Detail { get; init; }

    public MarkupContent? Documentation { get; init; }

    public string? SortText { get; init; }

    public string? FilterText { get; init; }

    public object? TextEdit { get; init; }
}

public sealed record CompletionItemLabelDetails(string? Detail, string? Description);

public sealed record InsertReplaceEdit(string NewText, Range Insert, Range Replace);

/// <summary>The LSP <c>CompletionItemKind</c> numbers the server uses.</summary>
public static class CompletionItemKinds
{
    public const int Text = 1;
    public const int Property = 10;
    public const int Value = 12;
    public const int Keyword = 14;
    public const int File = 17;
    public const int Reference = 18;
    public const int Folder = 19;
    public const int EnumMember = 20;
    public const int Constant = 21;
}
