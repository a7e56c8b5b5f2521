using NoteLsp.Core.Config;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;

namespace NoteLsp.Cli.Commands;

/// <summary>The parsed arguments of <c>notelsp check</c>.</summary>
public sealed record CheckArguments(IReadOnlyList<CheckTarget> Targets, string Format, string? Today, string? ConfigPath)
{
    private static readonly string[] Formats = ["text", "json", "sarif"];

    /// <summary>Returns the arguments, or null with <paramref name="error"/> set.</summary>
    public static CheckArguments? Parse(string[] args, out string? error)
    {
        error = null;
        var paths = new List<string>();
        string format = "text";
        string? today = null;
        string? config = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg is "--format" or "--today" or "--config")
            {
                if (i + 1 >= args.Length)
                {
                    error = $"{arg} needs a value.";
                    return null;
                }

                string value = args[++i];
                switch (arg)
                {
                    case "--format" when !Formats.Contains(value):
                        error = $"unknown format '{value}': use text, json or sarif.";
                        return null;
                    case "--format":
                        format = value;
                        break;
                    case "--today":
                        today = value;
                        break;
                    default:
                        config = value;
                        break;
                }
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                error = $"unknown option '{arg}'.";
                return null;
            }
            else
            {
                paths.Add(arg);
            }
        }

        if (paths.Count == 0)
        {
            paths.Add(".");
        }

        var targets = new List<CheckTarget>();
        foreach (string path in paths)
        {
            CheckTarget? target = CheckTarget.FromPath(path, out error);
            if (target is null)
            {
                return null;
            }

            targets.Add(target);
        }

        return new CheckArguments(targets, format, today, config);
    }
}

/// <summary>A vault to check, and optionally the one note or folder in it to report on.</summary>
/// <param name="NotePath">The vault-relative path of a single note, or null.</param>
/// <param name="FolderScope">The vault-relative folder to report on, or null for the whole vault.</param>
public sealed record CheckTarget(string DisplayPath, string VaultRoot, string? NotePath, string? FolderScope = null)
{
    public static CheckTarget? FromPath(string path, out string? error)
    {
        error = null;
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            // A folder inside a marked vault is checked against the whole vault, so that its
            // links to notes elsewhere resolve, and only its own notes are reported.
            full = Path.TrimEndingDirectorySeparator(full);
            string vaultRoot = FindVaultRoot(full);
            string? scope = vaultRoot == full ? null : VaultLoader.ToRelativePath(vaultRoot, full);
            return new CheckTarget(path, vaultRoot, null, scope);
        }

        if (!File.Exists(full))
        {
            error = $"no such file or folder: {path}";
            return null;
        }

        if (!NotePaths.IsMarkdown(full))
        {
            error = $"not a Markdown note: {path}";
            return null;
        }

        string root = FindVaultRoot(Path.GetDirectoryName(full)!);
        return new CheckTarget(path, root, VaultLoader.ToRelativePath(root, full));
    }

    /// <summary>
    /// Walks up from <paramref name="folder"/> to the nearest folder that marks a vault
    /// (<c>.notelsp.yaml</c> or <c>.obsidian</c>); without one, the note's own folder is the vault.
    /// </summary>
    public static string FindVaultRoot(string folder)
    {
        for (DirectoryInfo? current = new(folder); current is not null; current = current.Parent)
        {
            if (File.Exists(Path.Combine(current.FullName, VaultConfig.FileName))
                || Directory.Exists(Path.Combine(current.FullName, ".obsidian")))
            {
                return current.FullName;
            }
        }

        return folder;
    }
}
