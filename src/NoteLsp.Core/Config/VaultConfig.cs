using NoteLsp.Core.Metadata;
using NoteLsp.Core.Templates;

namespace NoteLsp.Core.Config;

/// <summary>
/// Settings read from the vault's <c>.notelsp.yaml</c>. <see cref="Default"/> applies when the
/// file is missing or is not valid YAML; an invalid entry in a valid file is reported in
/// <see cref="Problems"/> and its default applies.
/// </summary>
/// <param name="Ignore">Globs of vault-relative paths that are neither notes nor attachments.</param>
/// <param name="Problems">What was wrong with the file, each with a 0-based line and column in it.</param>
public sealed record VaultConfig(IReadOnlyList<Glob> Ignore, IReadOnlyList<ConfigProblem> Problems)
{
    public const string FileName = ".notelsp.yaml";

    public static VaultConfig Default { get; } = new([], []);

    /// <summary>The metadata schemas; the concept-note template unless the file changes it.</summary>
    public MetadataSettings Metadata { get; init; } = MetadataSettings.Builtin;

    public ReviewSettings Review { get; init; } = ReviewSettings.Default;

    /// <summary>How new notes are named, placed and filled in.</summary>
    public TemplateSettings Templates { get; init; } = TemplateSettings.Default;

    /// <summary>Severities set per diagnostic code, applied after every check has run.</summary>
    public SeverityOverrides Severity { get; init; } = SeverityOverrides.None;

    public bool IsIgnored(string relativePath) => Ignore.Any(g => g.IsMatch(relativePath));
}

/// <summary>A problem in the config file, at a 0-based line and UTF-16 column of that file.</summary>
public sealed record ConfigProblem(int Line, int Character, string Message);
