using System.Collections.Concurrent;
using NoteLsp.Core.Config;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Parsing;
using NoteLsp.Core.Text;

namespace NoteLsp.Core.Vault;

/// <summary>Loads every note and attachment under a folder into a <see cref="VaultSnapshot"/>.</summary>
public static class VaultLoader
{
    /// <summary>Folders that never hold notes: version control, packages, editor state and Obsidian's trash.</summary>
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        ".git", "node_modules", ".obsidian", ".trash", ".notelsp",
    };

    /// <summary>
    /// Reads the vault at <paramref name="rootPath"/> in parallel. A file that cannot be read
    /// becomes a note with a diagnostic; only a missing root folder throws.
    /// </summary>
    /// <param name="config">The config to use; null reads <c>.notelsp.yaml</c> from the root.</param>
    public static VaultSnapshot Load(string rootPath, VaultConfig? config = null, CancellationToken cancellationToken = default)
    {
        string root = Path.GetFullPath(rootPath);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Vault folder not found: {root}");
        }

        config ??= VaultConfigReader.ReadFile(Path.Combine(root, VaultConfig.FileName));
        var notePaths = new List<string>();
        var attachments = new List<string>();
        CollectFiles(root, string.Empty, config, notePaths, attachments, cancellationToken);

        var notes = new ConcurrentBag<Note>();
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(notePaths, options, relative => notes.Add(ReadNote(root, relative)));

        return VaultSnapshot.Create(root, config, notes, attachments);
    }

    /// <summary>Reads one note, turning an I/O failure into a note with a diagnostic.</summary>
    public static Note ReadNote(string root, string relativePath)
    {
        string fullPath = ToFullPath(root, relativePath);
        try
        {
            return NoteReader.Read(fullPath, relativePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var diagnostic = new NoteDiagnostic(
                DiagnosticCodes.InternalError.Code,
                DiagnosticSeverity.Error,
                new TextSpan(0, 0),
                $"Cannot read the note: {e.Message}");
            return NoteParser.CreateUnreadable(relativePath, [diagnostic]);
        }
    }

    public static string ToFullPath(string root, string relativePath) =>
        Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Returns the vault-relative path of <paramref name="fullPath"/> with '/' separators, or null when it lies outside <paramref name="root"/>.</summary>
    public static string? ToRelativePath(string root, string fullPath)
    {
        string relative = Path.GetRelativePath(root, fullPath);
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }

        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>Whether a vault-relative path is skipped: inside a hidden or tool folder, or matched by an ignore glob.</summary>
    public static bool IsExcluded(string relativePath, VaultConfig config)
    {
        string[] segments = relativePath.Split('/');
        for (int i = 0; i < segments.Length - 1; i++)
        {
            if (IsSkippedFolder(segments[i]))
            {
                return true;
            }
        }

        return config.IsIgnored(relativePath);
    }

    private static bool IsSkippedFolder(string name) => SkippedFolders.Contains(name) || name.StartsWith('.');

    private static void CollectFiles(string root, string relativeFolder, VaultConfig config, List<string> notes, List<string> attachments, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string folder = relativeFolder.Length == 0 ? root : ToFullPath(root, relativeFolder);
        var enumeration = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };

        foreach (string file in Directory.EnumerateFiles(folder, "*", enumeration))
        {
            string relative = Combine(relativeFolder, Path.GetFileName(file));
            if (config.IsIgnored(relative))
            {
                continue;
            }

            (NotePaths.IsMarkdown(relative) ? notes : attachments).Add(relative);
        }

        // Symbolic links to folders are skipped, so a link cycle cannot make the walk endless.
        foreach (string directory in Directory.EnumerateDirectories(folder, "*", enumeration))
        {
            string name = Path.GetFileName(directory);
            string relative = Combine(relativeFolder, name);
            if (IsSkippedFolder(name) || config.IsIgnored(relative + "/"))
            {
                continue;
            }

            CollectFiles(root, relative, config, notes, attachments, cancellationToken);
        }
    }

    private static string Combine(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;
}
