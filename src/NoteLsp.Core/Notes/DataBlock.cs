using NoteLsp.Core.Text;

namespace NoteLsp.Core.Notes;

/// <summary>Which of a note's YAML blocks a <see cref="DataBlock"/> is.</summary>
public enum DataBlockKind
{
    /// <summary>YAML front matter between <c>---</c> lines at the top of the note.</summary>
    FrontMatter,

    /// <summary>The first <c>yaml</c> fenced block under a heading whose text ends with "Metadata".</summary>
    MetadataSection,

    /// <summary>The first <c>yaml</c> fenced block under a heading whose text ends with "Stats".</summary>
    StatsSection,
}

/// <summary>A YAML block that holds the note's data rather than an example.</summary>
/// <param name="Span">The whole block, fences or <c>---</c> lines included.</param>
/// <param name="ContentSpan">The YAML text between the fences; every offset in it is a note offset.</param>
/// <param name="HeadingText">The heading the block sits under, or null for front matter.</param>
public sealed record DataBlock(DataBlockKind Kind, TextSpan Span, TextSpan ContentSpan, string? HeadingText);
