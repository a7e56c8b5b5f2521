using NoteLsp.Core.Config;

namespace NoteLsp.Core.Metadata;

/// <summary>
/// The fields a note's metadata must or may contain. A schema applies to the notes under one of
/// its <see cref="Folders"/> or whose kind (first tag) is one of its <see cref="Kinds"/>.
/// </summary>
/// <param name="Name">The name shown in messages, such as "concept-note".</param>
/// <param name="Fields">The known fields in the order they are reported.</param>
/// <param name="RequireMetadata">Whether a note without any metadata block is reported; off by default, because a vault also holds notes that are not concept notes.</param>
public sealed record MetadataSchema(
    string Name,
    IReadOnlyList<FieldRule> Fields,
    UnknownFieldPolicy UnknownFields = UnknownFieldPolicy.Allow,
    bool RequireMetadata = false)
{
    public IReadOnlyList<Glob> Folders { get; init; } = [];

    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>The concept-note template: tags, created, difficulty and time-to-master, all required.</summary>
    public static MetadataSchema ConceptNote { get; } = new(
        "concept-note",
        [
            new FieldRule("tags", FieldType.TagList, Required: true),
            new FieldRule("created", FieldType.Date, Required: true, NotInFuture: true),
            new FieldRule("difficulty", FieldType.Rating, Required: true),
            new FieldRule("time-to-master", FieldType.Duration, Required: true),
        ]);

    /// <summary>Returns the rule for <paramref name="key"/>, or null when the schema does not list it.</summary>
    public FieldRule? FindField(string key) => Fields.FirstOrDefault(f => string.Equals(f.Name, key, StringComparison.Ordinal));

    /// <summary>Whether this schema applies to the note at <paramref name="notePath"/> whose first tag is <paramref name="kind"/>.</summary>
    public bool AppliesTo(string notePath, string? kind) =>
        Folders.Any(g => g.IsMatch(notePath))
        || (kind is not null && Kinds.Contains(kind, StringComparer.Ordinal));
}
