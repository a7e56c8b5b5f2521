using System.Text;
using NoteLsp.Core.Edits;
using NoteLsp.Core.Notes;

namespace NoteLsp.Core.Features.CodeActions;

/// <summary>What <see cref="VaultEditApplier.Apply"/> did, as vault-relative paths.</summary>
/// <param name="Skipped">Files that were to be created but exist already, in any case or Unicode form.</param>
/// <param name="Error">Why the edit stopped, or null when every operation ran.</param>
public sealed record VaultEditResult(
    IReadOnlyList<string> Created,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<string> Changed,
    string? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Applies a <see cref="VaultEdit"/> to the files of a vault on disk, for the CLI and for tests;
/// the server leaves this to the editor through <c>workspace/applyEdit</c>. It never overwrites a
/// file, never follows a symbolic link out of the vault and never writes outside the vault root.
/// </summary>
public static class VaultEditApplier
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Checks every path first and then runs the operations in order. A creation whose file exists
    /// is skipped, as LSP's <c>ignoreIfExists</c> option specifies. Any other failure stops the edit and is
    /// returned in <see cref="VaultEditResult.Error"/>, with earlier operations left applied.
    /// </summary>
    public static VaultEditResult Apply(string vaultRoot, VaultEdit edit)
    {
        ArgumentNullException.ThrowIfNull(vaultRoot);
        ArgumentNullException.ThrowIfNull(edit);

        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(vaultRoot));
        var created = new List<string>();
        var skipped = new List<string>();
        var changed = new List<string>();
        foreach (VaultEditOperation operation in edit.Operations)
        {
            foreach (string path in PathsOf(operation))
            {
                if (ToFullPath(root, path) is null)
                {
                    return new VaultEditResult(created, skipped, changed, $"'{path}' is not a path inside the vault.");
                }
            }
        }

        foreach (VaultEditOperation operation in edit.Operations)
        {
            string? error;
            try
            {
                error = operation switch
                {
                    CreateFile create => Create(root, create, created, skipped),
                    NoteTextEdits edits => ApplyTextEdits(root, edits, changed),
                    RenameFile rename => Rename(root, rename, changed),
                    _ => $"Unknown edit operation {operation.GetType().Name}.",
                };
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                error = e.Message;
            }

            if (error is not null)
            {
                return new VaultEditResult(created, skipped, changed, error);
            }
        }

        return new VaultEditResult(created, skipped, changed, null);
    }

    /// <summary>
    /// Returns the full path of a vault-relative path, or null when it is empty, rooted, has
    /// <c>.</c>, <c>..</c> or empty segments, or passes through a symbolic link.
    /// </summary>
    public static string? ToFullPath(string root, string relativePath)
    {
        if (relativePath.Length == 0 || relativePath.Contains('\\', StringComparison.Ordinal) || relativePath.Contains(':', StringComparison.Ordinal) || Path.IsPathRooted(relativePath))
        {
            return null;
        }

        string[] segments = relativePath.Split('/');
        if (segments.Any(s => s.Length == 0 || s == "." || s == ".."))
        {
            return null;
        }

        string current = root;
        foreach (string segment in segments)
        {
            current = Path.Combine(current, segment);
            var info = new FileInfo(current);
            if (info.Exists || Directory.Exists(current))
            {
                FileSystemInfo entry = Directory.Exists(current) ? new DirectoryInfo(current) : info;
                if (entry.LinkTarget is not null)
                {
                    return null;
                }
            }
        }

        string full = Path.GetFullPath(current);
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>
    /// Whether a file or folder exists at the vault-relative <paramref name="relativePath"/>, with its
    /// name in any case or Unicode normalization form. True also for a path outside the vault.
    /// </summary>
    public static bool Exists(string vaultRoot, string relativePath)
    {
        string? full = ToFullPath(Path.TrimEndingDirectorySeparator(Path.GetFullPath(vaultRoot)), relativePath);
        return full is null || FindExisting(full) is not null;
    }

    private static IEnumerable<string> PathsOf(VaultEditOperation operation) => operation switch
    {
        CreateFile create => [create.Path],
        NoteTextEdits edits => [edits.NotePath],
        RenameFile rename => [rename.OldPath, rename.NewPath],
        _ => [],
    };

    private static string? Create(string root, CreateFile create, List<string> created, List<string> skipped)
    {
        string full = ToFullPath(root, create.Path)!;
        if (FindExisting(full) is not null)
        {
            skipped.Add(create.Path);
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);

        // CreateNew fails when the file appeared since the check above, so a file is never replaced.
        using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            byte[] bytes = Utf8.GetBytes(create.Text);
            stream.Write(bytes);
        }

        created.Add(create.Path);
        return null;
    }

    private static string? ApplyTextEdits(string root, NoteTextEdits edits, List<string> changed)
    {
        string full = ToFullPath(root, edits.NotePath)!;
        if (!File.Exists(full))
        {
            return $"'{edits.NotePath}' does not exist, so its text cannot be edited.";
        }

        byte[] bytes = File.ReadAllBytes(full);
        string text = Utf8.GetString(bytes);
        bool bom = text.Length > 0 && text[0] == '\uFEFF';
        if (bom)
        {
            text = text[1..];
        }

        NoteTextEdit[] ordered = edits.Edits.OrderByDescending(e => e.Span.Start).ToArray();
        int limit = text.Length;
        var builder = new StringBuilder(text);
        foreach (NoteTextEdit edit in ordered)
        {
            if (edit.Span.End > limit)
            {
                return $"The edits of '{edits.NotePath}' overlap or reach past the end of its text.";
            }

            builder.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
            limit = edit.Span.Start;
        }

        string result = (bom ? "\uFEFF" : string.Empty) + builder;
        File.WriteAllBytes(full, Utf8.GetBytes(result));
        changed.Add(edits.NotePath);
        return null;
    }

    private static string? Rename(string root, RenameFile rename, List<string> changed)
    {
        string from = ToFullPath(root, rename.OldPath)!;
        string to = ToFullPath(root, rename.NewPath)!;
        string? existing = FindExisting(to);
        bool sameFile = existing is not null && string.Equals(Path.GetFullPath(existing), Path.GetFullPath(from), StringComparison.Ordinal);
        if (existing is not null && !sameFile)
        {
            return $"Cannot rename '{rename.OldPath}' to '{rename.NewPath}': a file with that name exists.";
        }

        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Move(from, to, overwrite: false);
        changed.Add(rename.NewPath);
        return null;
    }

    /// <summary>
    /// Returns the entry of the same folder whose name equals the file name of <paramref name="fullPath"/>
    /// without regard to case or Unicode normalization, or null. Case-sensitive file systems would
    /// otherwise accept <c>Note.md</c> beside <c>note.md</c>, which the vault treats as one name.
    /// </summary>
    private static string? FindExisting(string fullPath)
    {
        if (File.Exists(fullPath) || Directory.Exists(fullPath))
        {
            return fullPath;
        }

        string? folder = Path.GetDirectoryName(fullPath);
        if (folder is null || !Directory.Exists(folder))
        {
            return null;
        }

        string key = NotePaths.ToKey(Path.GetFileName(fullPath));
        return Directory.EnumerateFileSystemEntries(folder)
            .FirstOrDefault(entry => NotePaths.ToKey(Path.GetFileName(entry)) == key);
    }
}
