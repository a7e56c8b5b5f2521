using NoteLsp.Core.Notes;

namespace NoteLsp.Core.Features;

/// <summary>Finds what sits at an offset of a note.</summary>
public static class LinkLookup
{
    /// <summary>Returns the link whose span contains <paramref name="offset"/> or ends at it, or null.</summary>
    public static WikiLink? FindLinkAt(Note note, int offset) =>
        note.Links.FirstOrDefault(link => link.Span.Touches(offset));

    /// <summary>Returns the heading whose line contains <paramref name="offset"/>, or null.</summary>
    public static Heading? FindHeadingAt(Note note, int offset) =>
        note.Headings.FirstOrDefault(heading => heading.Span.Touches(offset));
}
