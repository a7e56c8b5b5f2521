namespace NoteLsp.Core.Config;

/// <summary>
/// Settings read from the vault's <c>.notelsp.yaml</c>. <see cref="Default"/> applies when the
/// file is missing or invalid.
/// </summary>
/// <param name="Ignore">Globs of vault-relative paths that are neither notes nor attachments.</param>
/// <param name="Problems">What was wrong with the file, each with a 0-based line and column in it.</param>
public sealed record VaultConfig(IReadOnlyList<Glob> Ignore, IReadOnlyList<ConfigProblem> Problems)
{
    public const string FileName = ".notelsp.yaml";

    public static VaultConfig Default { get; } = new([], []);

    public bool IsIgnored(string relativePath) => Ignore.Any(g => g.IsMatch(relativePath));
}

/// <summary>A problem in the config file, at a 0-based line and UTF-16 column of that file.</summary>
public sealed record ConfigProblem(int Line, int Character, string Message);
