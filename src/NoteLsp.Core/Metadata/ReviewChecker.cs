using System.Globalization;
using NoteLsp.Core.Checks;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using YamlDotNet.RepresentationModel;

namespace NoteLsp.Core.Metadata;

/// <summary>
/// Reports review dates that are overdue or due soon, invalid dates and intervals, and dates
/// that contradict each other (next review not after the last update, last update before creation).
/// </summary>
public static class ReviewChecker
{
    public static void Check(ReviewSettings settings, Note note, NoteMetadata metadata, CheckOptions options, List<NoteDiagnostic> diagnostics)
    {
        IReadOnlyList<ReviewDate> dates = ReviewDateReader.Read(note, metadata);
        if (dates.Count == 0)
        {
            return;
        }

        var parsed = new List<(ReviewDate Entry, DateOnly Date)>();
        foreach (ReviewDate entry in dates)
        {
            DateOnly? date = Parse(entry, diagnostics);
            if (date is not null)
            {
                parsed.Add((entry, date.Value));
            }
        }

        DateOnly? lastUpdate = parsed.Where(p => p.Entry.Kind == ReviewDateKind.LastUpdate).Select(p => (DateOnly?)p.Date).FirstOrDefault();
        DateOnly? created = metadata.FindValue("created") is YamlScalarNode { Value: { } createdText }
            ? ValueFormats.ParseDate(createdText, out _)
            : null;

        foreach (var (entry, date) in parsed)
        {
            if (entry.Kind == ReviewDateKind.NextReview)
            {
                ReviewInterval? interval = CheckInterval(entry, diagnostics);
                CheckDue(settings, entry, date, options.Today, interval, diagnostics);
                if (lastUpdate is { } last && date <= last)
                {
                    string suggestion = interval is { } i ? $", such as {i.AddTo(last):yyyy-MM-dd} ({entry.IntervalText!.Trim()} after it)" : string.Empty;
                    diagnostics.Add(Create(DiagnosticCodes.ReviewNotAfterUpdate, entry, Invariant($"The next review ({date:yyyy-MM-dd}) is not after the last update ({last:yyyy-MM-dd}): set it after the last update{suggestion}.")));
                }
            }
            else if (created is { } c && date < c)
            {
                diagnostics.Add(Create(DiagnosticCodes.UpdateBeforeCreated, entry, Invariant($"The last update ({date:yyyy-MM-dd}) is before the note was created ({c:yyyy-MM-dd}): correct one of the two dates.")));
            }
        }
    }

    private static DateOnly? Parse(ReviewDate entry, List<NoteDiagnostic> diagnostics)
    {
        string label = entry.Kind == ReviewDateKind.NextReview ? "next review" : "last update";
        if (entry.DateText.Length == 0)
        {
            diagnostics.Add(Create(DiagnosticCodes.InvalidReviewDate, entry, $"The {label} has no date: write YYYY-MM-DD after the label, such as 2026-01-26."));
            return null;
        }

        DateOnly? date = ValueFormats.ParseDate(entry.DateText, out string? error);
        if (date is null)
        {
            diagnostics.Add(Create(DiagnosticCodes.InvalidReviewDate, entry, $"Invalid {label} date: {error}"));
        }

        return date;
    }

    private static ReviewInterval? CheckInterval(ReviewDate entry, List<NoteDiagnostic> diagnostics)
    {
        if (entry.IntervalText is null)
        {
            diagnostics.Add(Create(DiagnosticCodes.MissingReviewInterval, entry, "The next review has no interval: add one in brackets after the date, such as (+1 month), so that the following date can be worked out."));
            return null;
        }

        ReviewInterval? interval = ValueFormats.ParseInterval(entry.IntervalText.Trim());
        if (interval is null)
        {
            diagnostics.Add(MetadataDiagnostics.Create(
                DiagnosticCodes.InvalidReviewInterval,
                entry.IntervalSpan!.Value,
                $"'{entry.IntervalText}' is not a review interval: write + and a number of days, weeks, months or years, such as +3 days, +2 weeks or +1 month."));
        }

        return interval;
    }

    private static void CheckDue(ReviewSettings settings, ReviewDate entry, DateOnly next, DateOnly today, ReviewInterval? interval, List<NoteDiagnostic> diagnostics)
    {
        int daysLeft = next.DayNumber - today.DayNumber;
        if (daysLeft < 0)
        {
            string reschedule = interval is { } i
                ? Invariant($" then set the next review to {i.AddTo(today):yyyy-MM-dd} ({entry.IntervalText!.Trim()} from today).")
                : " then set a new next-review date.";
            diagnostics.Add(Create(
                DiagnosticCodes.ReviewOverdue,
                entry,
                Invariant($"Review overdue by {-daysLeft} day{(daysLeft == -1 ? "" : "s")}: the next review was {next:yyyy-MM-dd}. Review the note,{reschedule}")));
        }
        else if (daysLeft <= settings.DueSoonDays)
        {
            string when = daysLeft switch
            {
                0 => "today",
                1 => "tomorrow",
                _ => Invariant($"in {daysLeft} days"),
            };
            diagnostics.Add(Create(DiagnosticCodes.ReviewDueSoon, entry, Invariant($"Review due {when} ({next:yyyy-MM-dd}).")));
        }
    }

    private static NoteDiagnostic Create(DiagnosticDescriptor descriptor, ReviewDate entry, string message) =>
        MetadataDiagnostics.Create(descriptor, entry.DateSpan, message);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
