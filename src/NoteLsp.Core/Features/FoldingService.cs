using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;

namespace NoteLsp.Core.Features;

/// <summary>A range of whole lines the editor can fold; both lines are zero-based and included.</summary>
public readonly record struct FoldingLines(int StartLine, int EndLine);

/// <summary>Folding ranges: one per section, from its heading to its last non-blank line.</summary>
public static class FoldingService
{
    /// <summary>Returns a range for every section that spans more than its heading line, in heading order.</summary>
    public static IReadOnlyList<FoldingLines> GetRanges(Note note)
    {
        SourceText text = note.Text;
        var ranges = new List<FoldingLines>();
        foreach (Heading heading in note.Headings)
        {
            int startLine = text.GetLineIndex(heading.Span.Start);
            int endLine = text.GetLineIndex(Math.Max(heading.SectionSpan.Start, heading.SectionSpan.End - 1));
            while (endLine > startLine && text.GetLineText(endLine).Trim().Length == 0)
            {
                endLine--;
            }

            if (endLine > startLine)
            {
                ranges.Add(new FoldingLines(startLine, endLine));
            }
        }

        return ranges;
    }
}
