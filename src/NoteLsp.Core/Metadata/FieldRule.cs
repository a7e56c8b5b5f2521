using System.Text.RegularExpressions;

namespace NoteLsp.Core.Metadata;

/// <summary>What one metadata field must look like.</summary>
/// <param name="Name">The YAML key, compared case-sensitively as YAML does.</param>
/// <param name="Pattern">A regular expression the whole value (or each list item) must match, or null.</param>
/// <param name="AllowedValues">The values the field (or each list item) may take, or null for any value.</param>
/// <param name="NotInFuture">Whether a date after today is reported.</param>
public sealed record FieldRule(
    string Name,
    FieldType Type,
    bool Required = false,
    Regex? Pattern = null,
    IReadOnlyList<string>? AllowedValues = null,
    bool NotInFuture = false)
{
    /// <summary>Returns a short description of the expected value for messages, such as "a date (YYYY-MM-DD)".</summary>
    public string Describe() => Type switch
    {
        FieldType.Text => "a text value",
        FieldType.List => "a list, such as [a, b]",
        FieldType.TagList => "a list of tags, such as [concept, docker]",
        FieldType.Date => "a date (YYYY-MM-DD)",
        FieldType.Duration => "a duration, such as 45min, 2h, 1h30min, 3d or 2w",
        FieldType.Rating => "a rating, such as ⭐⭐ (2/5)",
        FieldType.Enum => "one of " + string.Join(", ", AllowedValues ?? []),
        FieldType.Link => "a wiki link, such as \"[[note-name]]\"",
        FieldType.Number => "a number",
        _ => "true or false",
    };
}
