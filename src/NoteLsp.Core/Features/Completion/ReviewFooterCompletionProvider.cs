using System.Globalization;
using NoteLsp.Core.Metadata;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;

namespace NoteLsp.Core.Features.Completion;

/// <summary>
/// Proposes dates after the footer labels: today after <c>**Last update**:</c>, and today plus
/// the note's review interval after <c>**Next review**:</c>.
/// </summary>
internal static class ReviewFooterCompletionProvider
{
    /// <summary>The intervals proposed when the line does not state one yet.</summary>
    private static readonly ReviewInterval[] CommonIntervals =
    [
        new(3, ReviewIntervalUnit.Day),
        new(1, ReviewIntervalUnit.Week),
        new(2, ReviewIntervalUnit.Week),
        new(1, ReviewIntervalUnit.Month),
        new(3, ReviewIntervalUnit.Month),
        new(6, ReviewIntervalUnit.Month),
        new(1, ReviewIntervalUnit.Year),
    ];

    /// <summary>Returns the items for <paramref name="offset"/>, or null when the cursor is not on the date of a footer line.</summary>
    public static CompletionList? Complete(Note note, int offset, CompletionOptions options)
    {
        SourceText text = note.Text;
        int line = text.GetLineIndex(offset);
        ReviewDate? entry = ReviewDateReader.Read(note, NoteMetadata.None)
            .FirstOrDefault(d => text.GetLineIndex(d.DateSpan.Start) == line);
        if (entry is null)
        {
            return null;
        }

        // With no date yet, the cursor may sit in the spaces between the label and "(+1 month)".
        int start = entry.DateSpan.Start;
        if (entry.DateText.Length == 0 && offset < start && string.IsNullOrWhiteSpace(text.Content[offset..start]) && offset > text.GetLineStart(line))
        {
            start = offset;
            entry = entry with { DateSpan = new TextSpan(offset, offset) };
        }

        if (offset < start || offset > entry.DateSpan.End)
        {
            return null;
        }

        var insert = new TextSpan(start, offset);
        if (entry.Kind == ReviewDateKind.LastUpdate)
        {
            return Single(DateItem(options.Today, insert, entry.DateSpan, "today"));
        }

        ReviewInterval? stated = entry.IntervalText is null ? null : ValueFormats.ParseInterval(entry.IntervalText.Trim());
        if (stated is { } interval)
        {
            return Single(DateItem(interval.AddTo(options.Today), insert, entry.DateSpan, $"today {Describe(interval)}"));
        }

        if (entry.IntervalText is not null)
        {
            // An interval that cannot be read is reported by the review check; the date alone is still offered.
            return Single(DateItem(options.Today, insert, entry.DateSpan, "today"));
        }

        // Without an interval, each item writes the date and the interval it was computed from.
        var replace = new TextSpan(entry.DateSpan.Start, TrimEnd(text.Content, entry.DateSpan.End, text.GetLineEnd(line)));
        var items = new List<CompletionItem>();
        foreach (ReviewInterval common in CommonIntervals)
        {
            string label = $"{Format(common.AddTo(options.Today))} ({Describe(common)})";
            items.Add(new CompletionItem(label, CompletionItemKind.Date, label, insert, replace)
            {
                Detail = $"today {Describe(common)}",
                SortText = items.Count.ToString("D4", CultureInfo.InvariantCulture),
            });
        }

        return new CompletionList(items, false);
    }

    private static CompletionItem DateItem(DateOnly date, TextSpan insert, TextSpan replace, string detail) =>
        new(Format(date), CompletionItemKind.Date, Format(date), insert, replace) { Detail = detail, SortText = "0000" };

    private static CompletionList Single(CompletionItem item) => new([item], false);

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Writes an interval as the footer does: <c>+1 month</c>, <c>+3 days</c>.</summary>
    private static string Describe(ReviewInterval interval)
    {
        string unit = interval.Unit.ToString().ToLowerInvariant();
        return $"+{interval.Count} {unit}{(interval.Count == 1 ? string.Empty : "s")}";
    }

    private static int TrimEnd(string content, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(content[end - 1]))
        {
            end--;
        }

        return end;
    }
}
