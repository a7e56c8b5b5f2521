using System.Globalization;
using NoteLsp.Core.Metadata;

namespace NoteLsp.Core.Templates;

/// <summary>Writes review intervals the way notes show them.</summary>
public static class ReviewIntervalText
{
    public static ReviewInterval OneMonth { get; } = new(1, ReviewIntervalUnit.Month);

    public static ReviewInterval OneWeek { get; } = new(1, ReviewIntervalUnit.Week);

    /// <summary>Returns the interval as written after a next-review date, such as <c>+1 month</c> or <c>+2 weeks</c>.</summary>
    public static string Format(ReviewInterval interval)
    {
        string unit = interval.Unit switch
        {
            ReviewIntervalUnit.Day => "day",
            ReviewIntervalUnit.Week => "week",
            ReviewIntervalUnit.Month => "month",
            _ => "year",
        };
        return string.Create(CultureInfo.InvariantCulture, $"+{interval.Count} {unit}{(interval.Count == 1 ? string.Empty : "s")}");
    }

    /// <summary>Parses <c>+N unit</c>. Returns null when the text is not an interval or N is 0.</summary>
    public static ReviewInterval? Parse(string text) =>
        ValueFormats.ParseInterval(text.Trim()) is { Count: > 0 } interval ? interval : null;
}
