using NoteLsp.Core.Metadata;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features.Completion;

/// <summary>What a metadata key's value holds, which decides the values completion proposes.</summary>
internal enum MetadataValueKind
{
    Text,
    Tags,
    Date,
    Difficulty,
    Duration,
    List,
}

/// <summary>A metadata key that completion proposes, with its documentation and value kind.</summary>
/// <param name="Values">Fixed values to propose, such as an enum's; an empty list means values come from the kind or from other notes.</param>
internal sealed record MetadataKey(string Name, MetadataValueKind Kind, string Documentation, IReadOnlyList<string> Values);

/// <summary>The metadata keys completion proposes for a note: its schema's fields, then the optional keys the schema does not list.</summary>
internal static class MetadataKeyCatalog
{
    /// <summary>Keys every concept note may add, though the default schema does not require them.</summary>
    private static readonly FieldRule[] OptionalKeys =
    [
        new("title", FieldType.Text),
        new("aliases", FieldType.List),
        new("status", FieldType.Text),
    ];

    /// <summary>What the keys of the concept-note format hold, in more words than the schema's type.</summary>
    private static readonly Dictionary<string, string> KnownDocumentation = new(StringComparer.Ordinal)
    {
        ["tags"] = "Lowercase kebab-case tags, as a list. A `/` makes a namespace, as in `status/learned`; the first tag is the note's kind, such as `concept`.",
        ["created"] = "The date the note was created, as `YYYY-MM-DD`.",
        ["difficulty"] = "N stars and `(N/5)`, with N from 1 to 5 and both numbers equal: `⭐⭐⭐ (3/5)`.",
        ["time-to-master"] = "How long the concept takes to learn: minutes, hours, days or weeks, such as `45min`, `2h`, `1h30min`, `3d` or `2w`.",
        ["title"] = "The note's title, when it differs from the first heading.",
        ["aliases"] = "Other names of the note, as a list. Links show them as `[[note|alias]]`.",
        ["status"] = "The note's learning status.",
    };

    /// <summary>Durations proposed for a duration value, shortest first.</summary>
    public static IReadOnlyList<string> Durations { get; } =
        ["15min", "30min", "45min", "1h", "1h30min", "2h", "3h", "1d", "2d", "3d", "1w", "2w"];

    /// <summary>Returns the keys for <paramref name="note"/>, from the schema that the vault config selects for it.</summary>
    public static IReadOnlyList<MetadataKey> ForNote(VaultSnapshot vault, Note note)
    {
        IReadOnlyList<string> tags = NoteTags.For(note);
        string? kind = tags.Count > 0 ? tags[0] : null;
        MetadataSchema schema = vault.Config.Metadata.Select(note.Path, kind);

        var keys = schema.Fields.Select(ToKey).ToList();
        if (schema.UnknownFields == UnknownFieldPolicy.Allow)
        {
            keys.AddRange(OptionalKeys.Where(o => schema.FindField(o.Name) is null).Select(ToKey));
        }

        return keys;
    }

    /// <summary>Returns the difficulty values <c>⭐ (1/5)</c> to <c>⭐⭐⭐⭐⭐ (5/5)</c>.</summary>
    public static IEnumerable<string> DifficultyValues()
    {
        for (int stars = 1; stars <= 5; stars++)
        {
            yield return $"{string.Concat(Enumerable.Repeat("\u2B50", stars))} ({stars}/5)";
        }
    }

    private static MetadataKey ToKey(FieldRule rule)
    {
        MetadataValueKind kind = rule.Type switch
        {
            FieldType.TagList => MetadataValueKind.Tags,
            FieldType.Date => MetadataValueKind.Date,
            FieldType.Rating => MetadataValueKind.Difficulty,
            FieldType.Duration => MetadataValueKind.Duration,
            FieldType.List => MetadataValueKind.List,
            _ => MetadataValueKind.Text,
        };

        IReadOnlyList<string> values = rule.Type switch
        {
            FieldType.Enum => rule.AllowedValues ?? [],
            FieldType.Boolean => ["true", "false"],
            _ => rule.AllowedValues ?? [],
        };

        string description = KnownDocumentation.GetValueOrDefault(rule.Name) ?? Capitalize(rule.Describe()) + ".";
        string documentation = description + (rule.Required ? " Required." : " Optional.");
        return new MetadataKey(rule.Name, kind, documentation, values);
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
