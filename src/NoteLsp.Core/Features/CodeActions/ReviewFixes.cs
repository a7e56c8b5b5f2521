using System.Globalization;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Edits;
using NoteLsp.Core.Metadata;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Templates;
using NoteLsp.Core.Text;

namespace NoteLsp.Core.Features.CodeActions;

/// <summary>
/// Fixes for an overdue review: mark it reviewed today with the same or a doubled interval, or
/// postpone it a week. Each sets the next review (with its interval) and the last update.
/// </summary>
internal static class ReviewFixes
{
    public static void AddOverdueFixes(CodeActionRequest request, NoteDiagnostic diagnostic, List<CodeAction> actions)
    {
        NoteMetadata metadata = MetadataReader.Read(request.Note, []);
        IReadOnlyList<ReviewDate> dates = ReviewDateReader.Read(request.Note, metadata);
        ReviewDate? next = dates.FirstOrDefault(d => d.Kind == ReviewDateKind.NextReview && d.DateSpan == diagnostic.Span)
            ?? dates.FirstOrDefault(d => d.Kind == ReviewDateKind.NextReview && d.DateSpan.Contains(diagnostic.Span));
        if (next is null)
        {
            return;
        }

        ReviewDate? lastUpdate = dates.FirstOrDefault(d => d.Kind == ReviewDateKind.LastUpdate);
        ReviewInterval interval = (next.IntervalText is null ? null : ReviewIntervalText.Parse(next.IntervalText))
            ?? request.Vault.Config.Templates.ReviewInterval;
        ReviewInterval doubled = interval with { Count = interval.Count * 2 };

        actions.Add(Reschedule(request, diagnostic, next, lastUpdate, interval, $"Reviewed today, next in {Describe(interval)}", isPreferred: true));
        actions.Add(Reschedule(request, diagnostic, next, lastUpdate, doubled, $"Reviewed today, next in {Describe(doubled)}", isPreferred: false));
        actions.Add(Reschedule(request, diagnostic, next, lastUpdate, ReviewIntervalText.OneWeek, "Postpone a week", isPreferred: false));
    }

    private static CodeAction Reschedule(
        CodeActionRequest request,
        NoteDiagnostic diagnostic,
        ReviewDate next,
        ReviewDate? lastUpdate,
        ReviewInterval interval,
        string title,
        bool isPreferred)
    {
        Note note = request.Note;
        string today = Format(request.Today);
        var edits = new List<NoteTextEdit> { new(next.DateSpan, Format(interval.AddTo(request.Today))) };
        string intervalText = ReviewIntervalText.Format(interval);
        edits.Add(next.IntervalSpan is { } intervalSpan
            ? new NoteTextEdit(intervalSpan, intervalText)
            : new NoteTextEdit(TextSpan.FromLength(next.DateSpan.End, 0), $" ({intervalText})"));

        if (lastUpdate is not null)
        {
            edits.Add(new NoteTextEdit(lastUpdate.DateSpan, today));
        }
        else if (IsBodyLine(note.Text, next))
        {
            // The footer has no "Last update" line: add one above "Next review".
            int lineStart = note.Text.GetLineStart(note.Text.GetLineIndex(next.DateSpan.Start));
            string newline = note.Text.Content.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            edits.Add(new NoteTextEdit(TextSpan.FromLength(lineStart, 0), $"**Last update**: {today}{newline}"));
        }

        edits.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var edit = new VaultEdit([new NoteTextEdits(note.Path, edits)]);
        return new CodeAction(title, CodeActionKinds.QuickFix, [diagnostic], isPreferred, edit);
    }

    /// <summary>Whether the date sits on a <c>**Next review**</c> line of the body rather than in a metadata key.</summary>
    private static bool IsBodyLine(SourceText text, ReviewDate date)
    {
        string line = text.GetLineText(text.GetLineIndex(date.DateSpan.Start));
        return line.TrimStart().StartsWith("**", StringComparison.Ordinal) || line.TrimStart().StartsWith("- **", StringComparison.Ordinal);
    }

    /// <summary>Returns "1 month", "2 weeks": the interval without its '+'.</summary>
    private static string Describe(ReviewInterval interval) => ReviewIntervalText.Format(interval).TrimStart('+');

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
