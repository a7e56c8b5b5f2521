using Markdig.Syntax.Inlines;
using NoteLsp.Core.Notes;

namespace NoteLsp.Core.Parsing;

/// <summary>The Markdig syntax node of a wiki link; <see cref="Link"/> carries note offsets.</summary>
public sealed class WikiLinkInline(WikiLink link) : LeafInline
{
    public WikiLink Link { get; } = link;
}
