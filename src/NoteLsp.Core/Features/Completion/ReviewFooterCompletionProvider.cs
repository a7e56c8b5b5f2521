using System.Globalization;
using System.Text.RegularExpressions;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;

namespace NoteLsp.Core.Features.Completion;

/// <summary>
/// Proposes dates after the footer labels: today after <c>**Last update**:</c>, and today plus
/// the note's review interval after <c>**Next review**:</c>.
/// </summary>
internal static partial class ReviewFooterCompletionProvider
{
    /// <summary>Returns the items for <paramref name="offset"/>, or null when the cursor is not after a footer label.</summary>
    public static CompletionList? Complete(Note note, int offset, CompletionOptions options)
    {
        SourceText text = note.Text;
        int line = text.GetLineIndex(offset);
        int lineStart = text.GetLineStart(line);
        int lineEnd = text.GetLineEnd(line);
        string lineText = text.Content[lineStart..lineEnd];

        Match label = FooterLabelPattern().Match(lineText);
        int valueStart = lineStart + label.Length;
        if (!label.Success || offset < valueStart)
        {
            return null;
        }

        // The date is the first word after the label; the interval in brackets, if any, stays.
        int dateEnd = valueStart;
        while (dateEnd < lineEnd && !char.IsWhiteSpace(text.Content[dateEnd]) && text.Content[dateEnd] != '(')
        {
            dateEnd++;
        }

        if (offset > dateEnd)
        {
            return CompletionList.Empty;
        }

        var insert = new TextSpan(valueStart, offset);
        bool isNextReview = label.Groups["name"].Value.StartsWith('N') || label.Groups["name"].Value.StartsWith('n');
        if (!isNextReview)
        {
            string today = Format(options.Today);
            return Single(new CompletionItem(today, CompletionItemKind.Date, today, insert, new TextSpan(valueStart, dateEnd)) { Detail = "today" });
        }

        ReviewInterval? interval = ReviewInterval.Find(lineText);
        if (interval is { } stated)
        {
            string date = Format(stated.AddTo(options.Today));
            return Single(new CompletionItem(date, CompletionItemKind.Date, date, insert, new TextSpan(valueStart, dateEnd)) { Detail = $"today {stated}" });
        }

        // Without an interval, each item writes the date and the interval it was computed from.
        var replace = new TextSpan(valueStart, TrimEnd(text.Content, offset, lineEnd));
        var items = new List<CompletionItem>();
        foreach (ReviewInterval common in ReviewInterval.Common)
        {
            string date = Format(common.AddTo(options.Today));
            items.Add(new CompletionItem($"{date} ({common})", CompletionItemKind.Date, $"{date} ({common})", insert, replace)
            {
                Detail = $"today {common}",
                FilterText = date,
                SortText = items.Count.ToString("D4", CultureInfo.InvariantCulture),
            });
        }

        return new CompletionList(items, false);
    }

    private static CompletionList Single(CompletionItem item) => new([item with { SortText = "0000" }], false);

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int TrimEnd(string content, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(content[end - 1]))
        {
            end--;
        }

        return end;
    }

    [GeneratedRegex(@"^\s*\*\*(?<name>Next review|Last update)\*\*\s*:[ \t]?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FooterLabelPattern();
}
