using System.Globalization;
using System.Text.RegularExpressions;

namespace NoteLsp.Core.Features.Completion;

/// <summary>The unit of a review interval.</summary>
internal enum ReviewIntervalUnit
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>A review interval as the footer writes it in brackets: <c>(+3 days)</c>, <c>(+1 month)</c>.</summary>
internal readonly partial record struct ReviewInterval(int Count, ReviewIntervalUnit Unit)
{
    /// <summary>The intervals proposed when a note does not state one yet.</summary>
    public static IReadOnlyList<ReviewInterval> Common { get; } =
    [
        new(3, ReviewIntervalUnit.Day),
        new(1, ReviewIntervalUnit.Week),
        new(2, ReviewIntervalUnit.Week),
        new(1, ReviewIntervalUnit.Month),
        new(3, ReviewIntervalUnit.Month),
        new(6, ReviewIntervalUnit.Month),
        new(1, ReviewIntervalUnit.Year),
    ];

    /// <summary>Returns the first <c>(+N unit)</c> in <paramref name="line"/>, or null. Units may be singular or plural.</summary>
    public static ReviewInterval? Find(string line)
    {
        Match match = IntervalPattern().Match(line);
        if (!match.Success || !int.TryParse(match.Groups["count"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            return null;
        }

        ReviewIntervalUnit unit = match.Groups["unit"].Value.ToUpperInvariant() switch
        {
            "DAY" or "DAYS" => ReviewIntervalUnit.Day,
            "WEEK" or "WEEKS" => ReviewIntervalUnit.Week,
            "MONTH" or "MONTHS" => ReviewIntervalUnit.Month,
            _ => ReviewIntervalUnit.Year,
        };
        return new ReviewInterval(count, unit);
    }

    /// <summary>Returns <paramref name="date"/> plus this interval; month and year steps keep the day of month where it exists.</summary>
    public DateOnly AddTo(DateOnly date) => Unit switch
    {
        ReviewIntervalUnit.Day => date.AddDays(Count),
        ReviewIntervalUnit.Week => date.AddDays(7 * Count),
        ReviewIntervalUnit.Month => date.AddMonths(Count),
        _ => date.AddYears(Count),
    };

    public override string ToString()
    {
        string unit = Unit.ToString().ToLowerInvariant();
        return $"+{Count} {unit}{(Count == 1 ? string.Empty : "s")}";
    }

    [GeneratedRegex(@"\(\s*\+\s*(?<count>\d{1,4})\s*(?<unit>days?|weeks?|months?|years?)\s*\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IntervalPattern();
}
