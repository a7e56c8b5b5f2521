using System.Globalization;
using System.Text.RegularExpressions;

namespace NoteLsp.Core.Templates;

/// <summary>The unit of a <see cref="ReviewInterval"/>.</summary>
public enum ReviewIntervalUnit
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>
/// A review interval as written after a next-review date: <c>+3 days</c>, <c>+2 weeks</c>,
/// <c>+1 month</c>, <c>+6 months</c>, <c>+1 year</c>.
/// </summary>
public readonly partial record struct ReviewInterval(int Count, ReviewIntervalUnit Unit)
{
    public static ReviewInterval OneMonth { get; } = new(1, ReviewIntervalUnit.Month);

    public static ReviewInterval OneWeek { get; } = new(1, ReviewIntervalUnit.Week);

    /// <summary>Parses <c>+N unit</c> (the '+' and the brackets around it are optional); returns null when the text is not an interval.</summary>
    public static ReviewInterval? Parse(string text)
    {
        Match match = IntervalPattern().Match(text);
        if (!match.Success
            || !int.TryParse(match.Groups["count"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            || count <= 0)
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

    /// <summary>Returns <paramref name="date"/> moved forward by this interval; month steps keep the day or clamp it to the month's end.</summary>
    public DateOnly AddTo(DateOnly date) => Unit switch
    {
        ReviewIntervalUnit.Day => date.AddDays(Count),
        ReviewIntervalUnit.Week => date.AddDays(7 * Count),
        ReviewIntervalUnit.Month => date.AddMonths(Count),
        _ => date.AddYears(Count),
    };

    public ReviewInterval Doubled() => this with { Count = Count * 2 };

    /// <summary>Formats the interval as the note format writes it, such as <c>+1 month</c> or <c>+2 weeks</c>.</summary>
    public override string ToString()
    {
        string unit = Unit switch
        {
            ReviewIntervalUnit.Day => "day",
            ReviewIntervalUnit.Week => "week",
            ReviewIntervalUnit.Month => "month",
            _ => "year",
        };
        return string.Create(CultureInfo.InvariantCulture, $"+{Count} {unit}{(Count == 1 ? string.Empty : "s")}");
    }

    [GeneratedRegex(@"^\s*\(?\s*\+?\s*(?<count>\d{1,4})\s*(?<unit>days?|weeks?|months?|years?)\s*\)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IntervalPattern();
}
