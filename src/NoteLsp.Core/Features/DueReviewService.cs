using System.Globalization;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Metadata;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features;

/// <summary>A note whose next review is due.</summary>
/// <param name="DaysOverdue">Days since <see cref="NextReview"/>: 0 on the day, negative while it is still ahead.</param>
public sealed record DueReview(string NotePath, string Title, DateOnly NextReview, int DaysOverdue);

/// <summary>Lists the notes due for review, for the client's "Show due reviews".</summary>
public static class DueReviewService
{
    /// <summary>
    /// Returns the notes whose <c>**Next review**</c> date (or <c>next-review</c> metadata key) is on or
    /// before <paramref name="today"/> plus <paramref name="dueSoonDays"/>, most overdue first.
    /// Dates that are not valid YYYY-MM-DD dates are skipped; the review checks report them.
    /// </summary>
    public static IReadOnlyList<DueReview> FindDue(VaultSnapshot vault, DateOnly today, int dueSoonDays, CancellationToken cancellationToken)
    {
        var due = new List<DueReview>();
        DateOnly horizon = today.AddDays(dueSoonDays);
        foreach (Note note in vault.Notes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            DateOnly? next = FindNextReview(note);
            if (next is { } date && date <= horizon)
            {
                due.Add(new DueReview(note.Path, note.Title ?? note.Name, date, today.DayNumber - date.DayNumber));
            }
        }

        return due
            .OrderByDescending(d => d.DaysOverdue)
            .ThenBy(d => d.NotePath, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Returns the note's first valid next-review date, or null.</summary>
    public static DateOnly? FindNextReview(Note note)
    {
        NoteMetadata metadata = MetadataReader.Read(note, new List<NoteDiagnostic>());
        foreach (ReviewDate date in ReviewDateReader.Read(note, metadata))
        {
            if (date.Kind == ReviewDateKind.NextReview
                && DateOnly.TryParseExact(date.DateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly value))
            {
                return value;
            }
        }

        return null;
    }
}
