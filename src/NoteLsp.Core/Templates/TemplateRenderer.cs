using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NoteLsp.Core.Templates;

/// <summary>
/// Fills in a template's placeholders. Templates are plain text: each <c>{{variable}}</c> or
/// <c>{{variable:FORMAT}}</c> is replaced in one pass, values are never scanned again, and an
/// unknown placeholder stays as written.
/// </summary>
/// <remarks>
/// Variables: <c>name</c>, <c>path</c>, <c>folder</c>, <c>title</c>, <c>topic</c>, <c>domain</c>,
/// <c>tags</c>, <c>source</c>, <c>related</c>, <c>alias</c>, <c>date</c>, <c>next-review</c> and
/// <c>review-interval</c>. The two dates take a format made of <c>YYYY</c>, <c>YY</c>,
/// <c>MMMM</c>, <c>MMM</c>, <c>MM</c>, <c>M</c>, <c>DD</c>, <c>D</c>, <c>dddd</c> and <c>ddd</c>
/// (English names). Other characters and text in <c>[brackets]</c> are copied.
/// </remarks>
public static partial class TemplateRenderer
{
    public const string IsoDateFormat = "YYYY-MM-DD";

    public static string Render(string template, TemplateVariables variables)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(variables);

        return Placeholder().Replace(template, match =>
        {
            string name = match.Groups["name"].Value.ToLowerInvariant();
            string? format = match.Groups["format"].Success ? match.Groups["format"].Value.Trim() : null;
            return Resolve(name, format, variables) ?? match.Value;
        });
    }

    private static string? Resolve(string name, string? format, TemplateVariables variables)
    {
        if (name is "date" or "next-review")
        {
            DateOnly date = name == "date" ? variables.Date : variables.NextReview;
            return FormatDate(date, format ?? IsoDateFormat);
        }

        if (format is not null)
        {
            return null;
        }

        return name switch
        {
            "name" => variables.Name,
            "path" => variables.Path,
            "folder" => variables.Folder,
            "title" => variables.Title,
            "topic" => variables.Topic,
            "domain" => variables.Domain,
            "tags" => variables.Tags,
            "source" => variables.Source,
            "related" => variables.Related,
            "alias" => variables.Alias,
            "review-interval" => ReviewIntervalText.Format(variables.ReviewInterval),
            _ => null,
        };
    }

    /// <summary>Formats <paramref name="date"/> with the tokens listed on <see cref="TemplateRenderer"/>.</summary>
    public static string FormatDate(DateOnly date, string format)
    {
        CultureInfo culture = CultureInfo.InvariantCulture;
        var result = new StringBuilder(format.Length + 8);
        int i = 0;
        while (i < format.Length)
        {
            if (format[i] == '[')
            {
                int close = format.IndexOf(']', i + 1);
                int end = close < 0 ? format.Length : close;
                result.Append(format, i + 1, end - i - 1);
                i = end + 1;
                continue;
            }

            (string Token, string Value)? token = MatchToken(format, i, date, culture);
            if (token is { } found)
            {
                result.Append(found.Value);
                i += found.Token.Length;
            }
            else
            {
                result.Append(format[i]);
                i++;
            }
        }

        return result.ToString();
    }

    private static (string Token, string Value)? MatchToken(string format, int index, DateOnly date, CultureInfo culture)
    {
        // Longer tokens first, so that "MMMM" is not read as "MM" twice.
        (string Token, Func<string> Value)[] tokens =
        [
            ("YYYY", () => date.Year.ToString("D4", culture)),
            ("YY", () => (date.Year % 100).ToString("D2", culture)),
            ("MMMM", () => date.ToString("MMMM", culture)),
            ("MMM", () => date.ToString("MMM", culture)),
            ("MM", () => date.Month.ToString("D2", culture)),
            ("M", () => date.Month.ToString(culture)),
            ("DD", () => date.Day.ToString("D2", culture)),
            ("D", () => date.Day.ToString(culture)),
            ("dddd", () => date.ToString("dddd", culture)),
            ("ddd", () => date.ToString("ddd", culture)),
        ];

        foreach (var (token, value) in tokens)
        {
            if (string.CompareOrdinal(format, index, token, 0, token.Length) == 0)
            {
                return (token, value());
            }
        }

        return null;
    }

    [GeneratedRegex(@"\{\{\s*(?<name>[A-Za-z][A-Za-z-]*)\s*(?::(?<format>[^{}]*))?\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
