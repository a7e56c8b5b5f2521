using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Edits;
using NoteLsp.Core.Metadata;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Templates;
using NoteLsp.Core.Text;
using YamlDotNet.RepresentationModel;

namespace NoteLsp.Core.Features.CodeActions;

/// <summary>Fixes for metadata diagnostics: ratings whose stars disagree with the number, tags written as a string, missing required fields.</summary>
internal static partial class MetadataFixes
{
    private const string FieldKey = "field";

    public static void AddRatingFixes(CodeActionRequest request, NoteDiagnostic diagnostic, List<CodeAction> actions)
    {
        (YamlScalarNode Scalar, TextSpan Span)? value = FindScalar(request.Note, diagnostic);
        if (value is null)
        {
            return;
        }

        Match match = RatingPattern().Match(value.Value.Scalar.Value ?? string.Empty);
        if (!match.Success)
        {
            return;
        }

        int stars = match.Groups["star"].Captures.Count;
        int number = int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        bool numberValid = number is >= 1 and <= 5;
        bool starsValid = stars is >= 1 and <= 5;
        if (numberValid && stars != number)
        {
            actions.Add(ReplaceValue(request.Note, value.Value.Span, Rating(number), $"Set the stars to match {number}/5: {Rating(number)}", diagnostic, isPreferred: true));
        }

        if (starsValid && stars != number)
        {
            actions.Add(ReplaceValue(request.Note, value.Value.Span, Rating(stars), $"Set the number to match the stars: {Rating(stars)}", diagnostic, isPreferred: !numberValid));
        }
    }

    public static void AddTagListFix(CodeActionRequest request, NoteDiagnostic diagnostic, List<CodeAction> actions)
    {
        if (diagnostic.Data?.GetValueOrDefault(FieldKey) is not { } field)
        {
            return;
        }

        NoteMetadata metadata = MetadataReader.Read(request.Note, []);
        if (metadata.FindValue(field) is not YamlScalarNode { Value: { } text } scalar)
        {
            return;
        }

        MetadataSchema schema = request.Vault.Config.Metadata.Select(request.Note.Path, metadata.FindKind());
        FieldType? type = schema.FindField(field)?.Type;
        if (type is not (FieldType.TagList or FieldType.List))
        {
            return;
        }

        char[] separators = type == FieldType.TagList ? [',', ' '] : [','];
        string[] items = text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => type == FieldType.TagList ? ValueFormats.SuggestTag(item) : item)
            .Where(item => item.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (items.Length == 0)
        {
            return;
        }

        string list = $"[{string.Join(", ", items)}]";
        actions.Add(ReplaceValue(request.Note, metadata.GetSpan(scalar, request.Note.Text), list, $"Turn '{field}' into a list: {list}", diagnostic, isPreferred: true));
    }

    /// <summary>Adds "Add the missing field", and "Add all missing fields" when the note lacks several.</summary>
    public static void AddMissingFieldFixes(CodeActionRequest request, NoteDiagnostic diagnostic, List<CodeAction> actions)
    {
        if (diagnostic.Data?.GetValueOrDefault(FieldKey) is not { } field)
        {
            return;
        }

        NoteMetadata metadata = MetadataReader.Read(request.Note, []);
        if (metadata.Block is null || metadata.IsMalformed)
        {
            return;
        }

        MetadataSchema schema = request.Vault.Config.Metadata.Select(request.Note.Path, metadata.FindKind());
        FieldRule? rule = schema.FindField(field);
        if (rule is null)
        {
            return;
        }

        string newline = request.Note.Text.Content.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        int insertAt = metadata.Block.ContentSpan.End;
        string line = $"{rule.Name}: {DefaultValue(rule, request)}{newline}";
        actions.Add(Insert(request.Note, insertAt, line, $"Add '{rule.Name}: {DefaultValue(rule, request)}'", diagnostic, isPreferred: true));

        // One "Add all" is enough, though every missing field has its own diagnostic.
        FieldRule[] missing = schema.Fields.Where(f => f.Required && metadata.FindValue(f.Name) is null).ToArray();
        string allTitle = $"Add all {missing.Length} missing fields";
        if (missing.Length > 1 && !actions.Any(a => a.Title == allTitle))
        {
            var lines = new StringBuilder();
            foreach (FieldRule each in missing)
            {
                lines.Append(each.Name).Append(": ").Append(DefaultValue(each, request)).Append(newline);
            }

            actions.Add(Insert(request.Note, insertAt, lines.ToString(), allTitle, diagnostic, isPreferred: false));
        }
    }

    /// <summary>Returns a valid value to start from: the concept-note template's placeholders, today's date, or the first allowed value.</summary>
    private static string DefaultValue(FieldRule rule, CodeActionRequest request) => rule.Type switch
    {
        FieldType.TagList => DefaultTags(request),
        FieldType.Date => request.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        FieldType.Rating => Rating(2),
        FieldType.Duration => "30min",
        FieldType.Enum when rule.AllowedValues is [var first, ..] => first,
        FieldType.List => "[]",
        FieldType.Number => "0",
        FieldType.Boolean => "false",
        FieldType.Link => $"\"[[{request.Note.Name}]]\"",
        _ => "\"\"",
    };

    private static string DefaultTags(CodeActionRequest request)
    {
        string? domain = NoteTitles.FindDomain(request.Note.Name, request.Vault.Config.Templates.Domains);
        return domain is null ? "[concept]" : $"[concept, {domain.ToLowerInvariant()}]";
    }

    private static string Rating(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{new string(ValueFormats.Star, count)} ({count}/5)");

    /// <summary>Returns the scalar value of the field a diagnostic names, and its span in the note.</summary>
    private static (YamlScalarNode Scalar, TextSpan Span)? FindScalar(Note note, NoteDiagnostic diagnostic)
    {
        if (diagnostic.Data?.GetValueOrDefault(FieldKey) is not { } field)
        {
            return null;
        }

        NoteMetadata metadata = MetadataReader.Read(note, []);
        return metadata.FindValue(field) is YamlScalarNode scalar ? (scalar, metadata.GetSpan(scalar, note.Text)) : null;
    }

    private static CodeAction ReplaceValue(Note note, TextSpan span, string value, string title, NoteDiagnostic diagnostic, bool isPreferred)
    {
        var edit = new VaultEdit([new NoteTextEdits(note.Path, [new NoteTextEdit(span, value)])]);
        return new CodeAction(title, CodeActionKinds.QuickFix, [diagnostic], isPreferred, edit);
    }

    private static CodeAction Insert(Note note, int offset, string text, string title, NoteDiagnostic diagnostic, bool isPreferred)
    {
        var edit = new VaultEdit([new NoteTextEdits(note.Path, [new NoteTextEdit(TextSpan.FromLength(offset, 0), text)])]);
        return new CodeAction(title, CodeActionKinds.QuickFix, [diagnostic], isPreferred, edit);
    }

    // Stars (each optionally with U+FE0F), then "(N/5)". A garbled star run counts as no stars.
    [GeneratedRegex(@"^\s*(?:(?<star>\u2B50)\uFE0F?)*[^(]*\((?<number>\d{1,2})\s*/\s*5\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RatingPattern();
}
