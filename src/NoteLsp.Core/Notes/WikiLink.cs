using NoteLsp.Core.Text;

namespace NoteLsp.Core.Notes;

/// <summary>Where in a note a wiki link was written.</summary>
public enum LinkContext
{
    /// <summary>Markdown text: paragraphs, lists, block quotes, headings.</summary>
    Body,

    /// <summary>A table cell, where <c>\|</c> separates the alias.</summary>
    Table,

    /// <summary>A YAML value in one of the note's data blocks.</summary>
    Data,
}

/// <summary>
/// A <c>[[target#fragment|alias]]</c> link or a <c>![[…]]</c> embed, with the exact span of each part.
/// </summary>
/// <param name="Span">The whole link, from <c>!</c> or <c>[[</c> to <c>]]</c>.</param>
/// <param name="Target">The target as written: the text before <c>#</c> or <c>|</c>, untrimmed and not decoded.</param>
/// <param name="TargetSpan">The span of <see cref="Target"/>; empty at the position after <c>[[</c> when there is no target.</param>
/// <param name="Fragment">The text after the first <c>#</c> (a heading, or <c>^id</c> for a block), or null.</param>
/// <param name="FragmentSpan">The span of <see cref="Fragment"/> without its <c>#</c>, or null.</param>
/// <param name="Alias">The text after <c>|</c>, or null.</param>
/// <param name="AliasSpan">The span of <see cref="Alias"/>, or null.</param>
public sealed record WikiLink(
    TextSpan Span,
    bool IsEmbed,
    string Target,
    TextSpan TargetSpan,
    string? Fragment,
    TextSpan? FragmentSpan,
    string? Alias,
    TextSpan? AliasSpan,
    LinkContext Context)
{
    /// <summary>Whether the fragment names a block id (<c>#^id</c>).</summary>
    public bool IsBlockReference => Fragment is not null && Fragment.StartsWith('^');

    /// <summary>
    /// The span a diagnostic about the target covers: the target text, or the fragment when
    /// the link has no target (<c>[[#Heading]]</c>), or the whole link when both are empty.
    /// </summary>
    public TextSpan DiagnosticSpan =>
        Target.Trim().Length > 0 ? TargetSpan : FragmentSpan ?? Span;
}
