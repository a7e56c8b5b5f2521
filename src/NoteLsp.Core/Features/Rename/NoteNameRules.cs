using System.Buffers;
using NoteLsp.Core.Text;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features.Rename;

/// <summary>Checks a new note name before a rename.</summary>
internal static class NoteNameRules
{
    /// <summary>Characters that links or file systems give a meaning to, so a note name cannot hold them.</summary>
    private static readonly SearchValues<char> ForbiddenCharacters = SearchValues.Create("/\\:*?\"<>|#^[]");

    /// <summary>
    /// Returns why <paramref name="newName"/> cannot be the new name of <paramref name="note"/>,
    /// or null with the cleaned name (trimmed, without a typed <c>.md</c>) in <paramref name="name"/>.
    /// </summary>
    public static string? Validate(VaultSnapshot vault, Note note, string newName, out string name)
    {
        name = NotePaths.WithoutMarkdownExtension((newName ?? string.Empty).Trim());
        if (name.Length == 0)
        {
            return "The new name is empty: type a note name.";
        }

        int bad = name.AsSpan().IndexOfAny(ForbiddenCharacters);
        if (bad >= 0)
        {
            string hint = name[bad] is '/' or '\\' ? " To move the note to another folder, move the file in the file explorer." : string.Empty;
            return $"The new name '{name}' contains '{name[bad]}', which a note name cannot contain.{hint}";
        }

        if (name.Any(char.IsControl))
        {
            return $"The new name '{name}' contains a control character.";
        }

        if (name.StartsWith('.'))
        {
            return $"The new name '{name}' starts with '.', and such files are hidden and skipped: choose a name that starts with a letter or digit.";
        }

        if (string.Equals(name, note.Name, StringComparison.Ordinal))
        {
            return $"The note is already named '{name}'.";
        }

        return FindCollision(vault, note, name);
    }

    /// <summary>
    /// Returns an error when another note has the same name, ignoring case and Unicode
    /// normalization form: in the same folder the rename would overwrite it, and elsewhere links
    /// by name would become ambiguous.
    /// </summary>
    private static string? FindCollision(VaultSnapshot vault, Note note, string name)
    {
        string key = NotePaths.ToKey(name);
        IEnumerable<string> sameName = vault.FindNotesByName(name)
            .Concat(vault.Notes.Where(n => string.Equals(NotePaths.ToKey(n.Name), key, StringComparison.Ordinal)).Select(n => n.Path));
        string? other = sameName
            .Where(p => !string.Equals(p, note.Path, StringComparison.Ordinal))
            .OrderBy(p => string.Equals(NotePaths.GetFolder(p), note.Folder, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(p => p, StringComparer.Ordinal)
            .FirstOrDefault();
        if (other is null)
        {
            return null;
        }

        return string.Equals(NotePaths.GetFolder(other), note.Folder, StringComparison.Ordinal)
            ? $"A note '{other}' already exists in this folder (names that differ only in case or Unicode form count as the same): choose another name, because a rename never overwrites a note."
            : $"A note named '{NotePaths.GetStem(other)}' already exists at '{other}': links by name would become ambiguous, so choose another name.";
    }
}
