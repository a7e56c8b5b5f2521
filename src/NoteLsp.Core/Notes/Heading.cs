using NoteLsp.Core.Text;

namespace NoteLsp.Core.Notes;

/// <summary>An ATX or setext heading.</summary>
/// <param name="Text">The heading text as written, trimmed, without the <c>#</c> marks.</param>
/// <param name="Slug">The GitHub-style anchor of <see cref="Text"/>; see <see cref="Slugs"/>.</param>
/// <param name="Span">The heading's lines.</param>
/// <param name="TextSpan">The span of <see cref="Text"/>.</param>
/// <param name="SectionSpan">From the heading to the next heading of the same or a higher level, or the end of the note.</param>
public sealed record Heading(int Level, string Text, string Slug, TextSpan Span, TextSpan TextSpan, TextSpan SectionSpan);
