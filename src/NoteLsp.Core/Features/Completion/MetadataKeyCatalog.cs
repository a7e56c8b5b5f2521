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
/// <param name="Values">Fixed values to propose; an empty list means values come from the kind or from other notes.</param>
internal sealed record MetadataKey(string Name, MetadataValueKind Kind, string Documentation, IReadOnlyList<string> Values);

/// <summary>The metadata keys of a concept note, in the order a new note lists them.</summary>
internal static class MetadataKeyCatalog
{
    // NOTE: the keys mirror the default metadata schema; a vault schema with other keys is not read yet.
    public static IReadOnlyList<MetadataKey> Keys { get; } =
    [
        new("tags", MetadataValueKind.Tags, "Lowercase kebab-case tags, as a list. A `/` makes a namespace, as in `status/learned`; the first tag is the note's kind, such as `concept`.", []),
        new("created", MetadataValueKind.Date, "The date the note was created, as `YYYY-MM-DD`.", []),
        new("difficulty", MetadataValueKind.Difficulty, "N stars and `(N/5)`, with N from 1 to 5 and both numbers equal: `⭐⭐⭐ (3/5)`.", []),
        new("time-to-master", MetadataValueKind.Duration, "How long the concept takes to learn: minutes, hours, days or weeks, such as `45min`, `2h`, `1h30min`, `3d` or `2w`.", []),
        new("title", MetadataValueKind.Text, "The note's title, when it differs from the first heading. Optional.", []),
        new("aliases", MetadataValueKind.List, "Other names of the note, as a list. Links show them as `[[note|alias]]`. Optional.", []),
        new("status", MetadataValueKind.Text, "The note's learning status. Optional.", []),
    ];

    /// <summary>Durations proposed for a duration value, shortest first.</summary>
    public static IReadOnlyList<string> Durations { get; } =
        ["15min", "30min", "45min", "1h", "1h30min", "2h", "3h", "1d", "2d", "3d", "1w", "2w"];

    public static MetadataKey? Find(string name) =>
        Keys.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Returns the difficulty values <c>⭐ (1/5)</c> to <c>⭐⭐⭐⭐⭐ (5/5)</c>.</summary>
    public static IEnumerable<string> DifficultyValues()
    {
        for (int stars = 1; stars <= 5; stars++)
        {
            yield return $"{string.Concat(Enumerable.Repeat("\u2B50", stars))} ({stars}/5)";
        }
    }
}
