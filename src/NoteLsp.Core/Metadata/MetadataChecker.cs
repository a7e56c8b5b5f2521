using NoteLsp.Core.Checks;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using YamlDotNet.RepresentationModel;

namespace NoteLsp.Core.Metadata;

/// <summary>
/// Checks a note's metadata against the schema the vault selects for it: YAML errors, missing
/// and empty required fields, values of the wrong form and fields the schema does not know.
/// </summary>
public static class MetadataChecker
{
    /// <summary>Keys that the review checks read; the unknown-field policy never reports them.</summary>
    private static readonly string[] ReviewKeys = [ReviewDateReader.NextReviewKey, ReviewDateReader.LastUpdateKey];

    /// <summary>Checks <paramref name="note"/> and returns its metadata for the checks that follow.</summary>
    public static NoteMetadata Check(MetadataSettings settings, Note note, CheckOptions options, List<NoteDiagnostic> diagnostics)
    {
        if (note.Text.Length == 0)
        {
            return NoteMetadata.None;
        }

        NoteMetadata metadata = MetadataReader.Read(note, diagnostics);
        MetadataSchema schema = settings.Select(note.Path, metadata.FindKind());
        if (metadata.Block is null)
        {
            if (schema.RequireMetadata)
            {
                diagnostics.Add(ReportNoMetadata(note, schema));
            }

            return metadata;
        }

        if (metadata.IsMalformed)
        {
            return metadata;
        }

        CheckFields(note.Text, metadata, schema, options.Today, diagnostics);
        foreach (FieldRule rule in schema.Fields.Where(f => f.Required && metadata.FindValue(f.Name) is null))
        {
            diagnostics.Add(ReportMissing(note.Text, metadata.Block, rule, options.Today));
        }

        return metadata;
    }

    private static void CheckFields(SourceText text, NoteMetadata metadata, MetadataSchema schema, DateOnly today, List<NoteDiagnostic> diagnostics)
    {
        if (metadata.Root is null)
        {
            return;
        }

        var validator = new FieldValidator(text, metadata, today, diagnostics);
        foreach (var (keyNode, value) in metadata.Root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } keyScalar)
            {
                continue;
            }

            FieldRule? rule = schema.FindField(key);
            if (rule is not null)
            {
                validator.Validate(rule, keyScalar, value);
            }
            else if (schema.UnknownFields != UnknownFieldPolicy.Allow && !ReviewKeys.Contains(key, StringComparer.Ordinal))
            {
                diagnostics.Add(ReportUnknown(text, metadata, keyScalar, schema));
            }
        }
    }

    private static NoteDiagnostic ReportNoMetadata(Note note, MetadataSchema schema)
    {
        int titleLine = note.Headings.FirstOrDefault(h => h.Level == 1) is { } title ? note.Text.GetLineIndex(title.Span.Start) : 0;
        string[] required = schema.Fields.Where(f => f.Required).Select(f => f.Name).ToArray();
        string fields = required.Length > 0 ? $" with {string.Join(", ", required)}" : string.Empty;
        return MetadataDiagnostics.Create(
            DiagnosticCodes.MissingMetadata,
            note.Text.GetLineSpan(titleLine),
            $"The note has no metadata: add YAML front matter, or a yaml block under a '## 📋 Metadata' heading,{fields}.");
    }

    private static NoteDiagnostic ReportUnknown(SourceText text, NoteMetadata metadata, YamlScalarNode key, MetadataSchema schema)
    {
        var severity = schema.UnknownFields == UnknownFieldPolicy.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        string known = string.Join(", ", schema.Fields.Select(f => f.Name));
        return MetadataDiagnostics.Create(
            DiagnosticCodes.UnknownField,
            metadata.GetSpan(key, text),
            $"Unknown field '{key.Value}': the '{schema.Name}' schema lists {known}. Correct the name, or add the field to the schema in {Config.VaultConfig.FileName}.",
            key.Value,
            severity: severity);
    }

    private static NoteDiagnostic ReportMissing(SourceText text, DataBlock block, FieldRule rule, DateOnly today)
    {
        string example = rule.Type switch
        {
            FieldType.TagList => "[concept, topic]",
            FieldType.Date => today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            FieldType.Rating => "⭐⭐ (2/5)",
            FieldType.Duration => "45min",
            FieldType.Enum when rule.AllowedValues is [var first, ..] => first,
            FieldType.Link => "\"[[note-name]]\"",
            FieldType.List => "[item]",
            FieldType.Number => "1",
            FieldType.Boolean => "true",
            _ => "text",
        };
        TextSpan openingLine = text.GetLineSpan(text.GetLineIndex(block.Span.Start));
        return MetadataDiagnostics.Create(
            DiagnosticCodes.MissingRequiredField,
            openingLine,
            $"Required field '{rule.Name}' is missing: add {rule.Name}: {example}",
            rule.Name);
    }
}
