using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NoteLsp.Core.Metadata;

/// <summary>
/// Parsers for the text forms of metadata values. On failure each returns null and sets its
/// error output to a sentence that states what is wrong and how to write the value.
/// </summary>
public static partial class ValueFormats
{
    public const char Star = '\u2B50';

    private const char VariationSelector16 = '\uFE0F';

    /// <summary>Parses <c>YYYY-MM-DD</c>; returns null with <paramref name="error"/> set when the text is not a calendar date.</summary>
    public static DateOnly? ParseDate(string text, out string? error)
    {
        error = null;
        Match match = DatePattern().Match(text);
        if (!match.Success)
        {
            error = $"'{text}' is not a date: write YYYY-MM-DD, such as 2025-12-26.";
            return null;
        }

        int year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        int month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12)
        {
            error = $"'{text}' is not a calendar date: the month must be 01 to 12.";
            return null;
        }

        int daysInMonth = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            string monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            error = string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a calendar date: {monthName} {year} has {daysInMonth} days.");
            return null;
        }

        return new DateOnly(year, month, day);
    }

    /// <summary>Parses a duration such as <c>1h30min</c>; returns its length, or null with <paramref name="error"/> set.</summary>
    public static TimeSpan? ParseDuration(string text, out string? error)
    {
        error = null;
        Match match = DurationPattern().Match(text);
        if (text.Length == 0 || !match.Success)
        {
            error = $"'{text}' is not a duration: write whole numbers with the units w, d, h and min, largest first, such as 45min, 2h, 1h30min, 3d or 2w.";
            return null;
        }

        var length = TimeSpan.FromDays(7 * Number(match, "weeks"))
            + TimeSpan.FromDays(Number(match, "days"))
            + TimeSpan.FromHours(Number(match, "hours"))
            + TimeSpan.FromMinutes(Number(match, "minutes"));
        if (length == TimeSpan.Zero)
        {
            error = $"'{text}' is a zero duration: give the time it takes, such as 45min.";
            return null;
        }

        return length;
    }

    /// <summary>
    /// Parses a rating <c>⭐⭐ (2/5)</c>: N stars, each optionally followed by U+FE0F, a space and
    /// <c>(N/5)</c>. Returns N, or null with <paramref name="error"/> set.
    /// </summary>
    public static int? ParseRating(string text, out string? error)
    {
        error = null;
        int stars = 0;
        int position = 0;
        while (position < text.Length && text[position] == Star)
        {
            stars++;
            position++;
            if (position < text.Length && text[position] == VariationSelector16)
            {
                position++;
            }
        }

        Match match = RatingSuffixPattern().Match(text, position);
        if (stars == 0 || !match.Success)
        {
            error = $"'{text}' is not a rating: write N stars (⭐), a space and (N/5), such as ⭐⭐ (2/5).";
            if (LooksDoubleEncoded(text))
            {
                error += " The value looks double-encoded: 'â' is what a UTF-8 ⭐ becomes when it is read as Windows-1252.";
            }

            return null;
        }

        int value = int.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
        if (value is < 1 or > 5)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"'{text}' is out of range: the rating must be 1 to 5.");
            return null;
        }

        if (stars != value)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"'{text}' has {stars} star{(stars == 1 ? "" : "s")} but says {value}/5: write {new string(Star, value)} ({value}/5).");
            return null;
        }

        return value;
    }

    /// <summary>Whether <paramref name="tag"/> is lowercase kebab-case words joined by '/', such as <c>status/learned</c>.</summary>
    public static bool IsValidTag(string tag) => TagPattern().IsMatch(tag);

    /// <summary>Returns the nearest valid spelling of <paramref name="tag"/>: lower-cased, '#' dropped, spaces and '_' turned into '-'.</summary>
    public static string SuggestTag(string tag)
    {
        var builder = new StringBuilder(tag.Length);
        foreach (char c in tag.Trim().TrimStart('#').ToLowerInvariant())
        {
            if (c is ' ' or '_' or '-')
            {
                if (builder.Length > 0 && builder[^1] is not ('-' or '/'))
                {
                    builder.Append('-');
                }
            }
            else if (c == '/' || char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim('-');
    }

    /// <summary>Parses a review interval such as <c>+1 month</c> or <c>+3 days</c>; returns null when it is not one.</summary>
    public static ReviewInterval? ParseInterval(string text)
    {
        Match match = IntervalPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        int count = int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);
        ReviewIntervalUnit unit = match.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s') switch
        {
            "day" => ReviewIntervalUnit.Day,
            "week" => ReviewIntervalUnit.Week,
            "month" => ReviewIntervalUnit.Month,
            _ => ReviewIntervalUnit.Year,
        };
        return new ReviewInterval(count, unit);
    }

    /// <summary>Whether the text contains a Windows-1252 reading of a UTF-8 lead byte, as double-encoded text does.</summary>
    public static bool LooksDoubleEncoded(string text) => text.Any(c => c is >= '\u00C2' and <= '\u00F4');

    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?:(?<weeks>\d{1,4})w)?(?:(?<days>\d{1,4})d)?(?:(?<hours>\d{1,4})h)?(?:(?<minutes>\d{1,5})min)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"\G \((?<value>\d{1,2})/5\)$", RegexOptions.CultureInvariant)]
    private static partial Regex RatingSuffixPattern();

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"^\+?\s*(?<count>\d{1,4})\s*(?<unit>days?|weeks?|months?|years?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IntervalPattern();
}
