using NoteLsp.Core.Text;

namespace NoteLsp.Core.Features.Completion;

/// <summary>What a completion item inserts.</summary>
public enum CompletionItemKind
{
    Note,
    Alias,
    Attachment,
    Heading,
    Block,
    Tag,
    MetadataKey,
    MetadataValue,
    Date,
}

/// <summary>
/// One completion proposal. <see cref="NewText"/> replaces <see cref="InsertSpan"/> when the
/// editor inserts, or <see cref="ReplaceSpan"/> when it replaces. Both spans start where the
/// typed text starts; <see cref="InsertSpan"/> ends at the cursor and <see cref="ReplaceSpan"/>
/// ends after the rest of the word being edited.
/// </summary>
/// <param name="Label">The text shown in the list.</param>
public sealed record CompletionItem(string Label, CompletionItemKind Kind, string NewText, TextSpan InsertSpan, TextSpan ReplaceSpan)
{
    /// <summary>A short line shown beside the label, such as a note's title; null for none.</summary>
    public string? Detail { get; init; }

    /// <summary>A less prominent qualifier, such as the folder of a note; null for none.</summary>
    public string? Description { get; init; }

    /// <summary>Markdown documentation, such as what a metadata key holds; null for none.</summary>
    public string? Documentation { get; init; }

    /// <summary>The text an editor filters on while the user keeps typing; null means <see cref="Label"/>.</summary>
    public string? FilterText { get; init; }

    /// <summary>The rank of the item as a string that sorts in rank order.</summary>
    public string SortText { get; init; } = string.Empty;
}

/// <summary>
/// The result of a completion request.
/// </summary>
/// <param name="IsIncomplete">Whether more items matched than <see cref="Items"/> holds, so the editor should ask again as the user types.</param>
public sealed record CompletionList(IReadOnlyList<CompletionItem> Items, bool IsIncomplete)
{
    public static CompletionList Empty { get; } = new([], false);
}

/// <summary>Inputs of a completion request that do not come from the vault.</summary>
/// <param name="Today">The date that date items are computed from.</param>
/// <param name="MaxItems">The number of items returned at most; the rest is dropped and the list is marked incomplete.</param>
public sealed record CompletionOptions(DateOnly Today, int MaxItems = CompletionOptions.DefaultMaxItems)
{
    public const int DefaultMaxItems = 100;
}
