using System.Globalization;
using System.Text.RegularExpressions;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NoteLsp.Core.Metadata;

/// <summary>Checks one metadata value against its <see cref="FieldRule"/>.</summary>
internal sealed class FieldValidator(SourceText text, NoteMetadata metadata, DateOnly today, List<NoteDiagnostic> diagnostics)
{
    public void Validate(FieldRule rule, YamlScalarNode key, YamlNode value)
    {
        if (IsEmpty(value))
        {
            ReportEmpty(rule, key, value);
            return;
        }

        switch (rule.Type)
        {
            case FieldType.List or FieldType.TagList:
                ValidateList(rule, value);
                break;
            case FieldType.Link:
                ValidateLink(rule, value);
                break;
            default:
                if (value is YamlScalarNode scalar)
                {
                    ValidateScalar(rule, scalar);
                }
                else
                {
                    string shape = value is YamlSequenceNode ? "a list" : "a mapping";
                    Report(DiagnosticCodes.WrongFieldType, value, rule, $"'{rule.Name}' must be {rule.Describe()}, not {shape}.");
                }

                break;
        }
    }

    private static bool IsEmpty(YamlNode value) =>
        value is YamlScalarNode { Value: null or "", Style: ScalarStyle.Plain or ScalarStyle.Any }
        || value is YamlSequenceNode { Children.Count: 0 };

    private void ReportEmpty(FieldRule rule, YamlScalarNode key, YamlNode value)
    {
        if (!rule.Required)
        {
            return;
        }

        TextSpan keySpan = metadata.GetSpan(key, text);
        string afterKey = text.GetLineText(text.GetLineIndex(keySpan.Start))[(keySpan.End - text.GetLineStart(text.GetLineIndex(keySpan.Start)))..];
        int hash = afterKey.IndexOf('#', StringComparison.Ordinal);
        string message;
        if (value is YamlScalarNode && hash >= 0)
        {
            string comment = afterKey[hash..].Trim();
            string suggestion = rule.Type == FieldType.TagList ? $" Write {rule.Name}: [{ValueFormats.SuggestTag(comment)}]." : $" Quote the value: {rule.Name}: \"{comment}\".";
            message = $"'{rule.Name}' has no value: YAML reads '{comment}' as a comment because it starts with '#'.{suggestion}";
        }
        else
        {
            message = $"'{rule.Name}' is required but has no value: give it {rule.Describe()}.";
        }

        diagnostics.Add(MetadataDiagnostics.Create(DiagnosticCodes.EmptyField, keySpan, message, rule.Name));
    }

    private void ValidateScalar(FieldRule rule, YamlScalarNode scalar)
    {
        string value = scalar.Value ?? string.Empty;
        string? error = null;
        var code = DiagnosticCodes.WrongFieldType;
        switch (rule.Type)
        {
            case FieldType.Date:
                DateOnly? date = ValueFormats.ParseDate(value, out error);
                code = DiagnosticCodes.InvalidDate;
                if (date is { } d && rule.NotInFuture && d > today)
                {
                    Report(DiagnosticCodes.FutureDate, scalar, rule, string.Create(CultureInfo.InvariantCulture, $"'{rule.Name}' is {value}, which is after today ({today:yyyy-MM-dd}): correct the date."));
                }

                break;
            case FieldType.Duration:
                ValueFormats.ParseDuration(value, out error);
                code = DiagnosticCodes.InvalidDuration;
                break;
            case FieldType.Rating:
                ValueFormats.ParseRating(value, out error);
                code = DiagnosticCodes.InvalidRating;
                break;
            case FieldType.Number when !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _):
                error = $"'{value}' is not a number.";
                break;
            case FieldType.Boolean when !bool.TryParse(value, out _):
                error = $"'{value}' is not true or false.";
                break;
        }

        if (error is not null)
        {
            Report(code, scalar, rule, $"'{rule.Name}': {error}");
            return;
        }

        CheckAllowed(rule, scalar, rule.Name);
    }

    private void ValidateList(FieldRule rule, YamlNode value)
    {
        if (value is YamlScalarNode scalar)
        {
            string items = string.Join(", ", SplitItems(scalar.Value ?? string.Empty, rule.Type == FieldType.TagList));
            Report(DiagnosticCodes.WrongFieldType, value, rule, $"'{rule.Name}' must be a list, but '{scalar.Value}' is a single text value: write {rule.Name}: [{items}].");
            return;
        }

        if (value is not YamlSequenceNode sequence)
        {
            Report(DiagnosticCodes.WrongFieldType, value, rule, $"'{rule.Name}' must be {rule.Describe()}, not a mapping.");
            return;
        }

        foreach (YamlNode item in sequence.Children)
        {
            if (item is not YamlScalarNode { Value: { } itemText } itemScalar)
            {
                Report(DiagnosticCodes.WrongFieldType, item, rule, $"Each item of '{rule.Name}' must be a single text value, not a nested list or mapping.");
                continue;
            }

            if (rule.Type == FieldType.TagList && !ValueFormats.IsValidTag(itemText))
            {
                string suggestion = ValueFormats.SuggestTag(itemText);
                string fix = ValueFormats.IsValidTag(suggestion) ? $": write '{suggestion}'" : ", such as 'status/learned'";
                Report(DiagnosticCodes.InvalidTag, item, rule, $"Tag '{itemText}' is not lowercase kebab-case words joined by '/'{fix}.");
                continue;
            }

            CheckAllowed(rule, itemScalar, $"An item of '{rule.Name}'");
        }
    }

    private void ValidateLink(FieldRule rule, YamlNode value)
    {
        // Unquoted, YAML reads [[note]] as a list inside a list around "note", and it is still a link.
        bool isLink = value switch
        {
            YamlScalarNode { Value: { } link } => link.StartsWith("[[", StringComparison.Ordinal) || link.StartsWith("![[", StringComparison.Ordinal),
            YamlSequenceNode { Children: [YamlSequenceNode { Children: [YamlScalarNode] }] } => true,
            _ => false,
        };
        if (!isLink || (value is YamlScalarNode { Value: { } text } && !text.EndsWith("]]", StringComparison.Ordinal)))
        {
            Report(DiagnosticCodes.WrongFieldType, value, rule, $"'{rule.Name}' must be {rule.Describe()}.");
        }
    }

    private void CheckAllowed(FieldRule rule, YamlScalarNode scalar, string subject)
    {
        string value = scalar.Value ?? string.Empty;
        if (rule.AllowedValues is { } allowed && !allowed.Contains(value, StringComparer.Ordinal))
        {
            Report(DiagnosticCodes.ValueNotAllowed, scalar, rule, $"{subject} is '{value}', which is not allowed: use one of {string.Join(", ", allowed)}.");
        }
        else if (rule.Pattern is { } pattern && !IsMatch(pattern, value))
        {
            Report(DiagnosticCodes.ValueNotAllowed, scalar, rule, $"{subject} is '{value}', which does not match the pattern {pattern} that the schema sets.");
        }
    }

    /// <summary>Matches a pattern from the config; one that runs past its timeout counts as a mismatch.</summary>
    private static bool IsMatch(Regex pattern, string value)
    {
        try
        {
            return pattern.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static IEnumerable<string> SplitItems(string value, bool asTags)
    {
        char[] separators = asTags ? [',', ' '] : [','];
        return value.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => asTags ? ValueFormats.SuggestTag(item) : item)
            .Where(item => item.Length > 0);
    }

    private void Report(DiagnosticDescriptor descriptor, YamlNode node, FieldRule rule, string message) =>
        diagnostics.Add(MetadataDiagnostics.Create(descriptor, metadata.GetSpan(node, text), message, rule.Name));
}
