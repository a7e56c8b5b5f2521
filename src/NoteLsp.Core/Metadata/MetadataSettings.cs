namespace NoteLsp.Core.Metadata;

/// <summary>The vault's metadata schemas: a default one and the ones chosen by folder or note kind.</summary>
/// <param name="Default">The schema of notes that no entry of <paramref name="Schemas"/> selects.</param>
/// <param name="Schemas">Schemas tried in order; the first that applies to a note wins.</param>
public sealed record MetadataSettings(MetadataSchema Default, IReadOnlyList<MetadataSchema> Schemas)
{
    public static MetadataSettings Builtin { get; } = new(MetadataSchema.ConceptNote, []);

    /// <summary>Returns the schema for the note at <paramref name="notePath"/> whose first tag is <paramref name="kind"/> (null when it has no tags).</summary>
    public MetadataSchema Select(string notePath, string? kind) =>
        Schemas.FirstOrDefault(s => s.AppliesTo(notePath, kind)) ?? Default;
}
