using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;

namespace NoteLsp.Server.Session;

/// <summary>Works out which notes need new diagnostics after one note changed, through the vault's linker index.</summary>
public static class AffectedNotes
{
    /// <summary>
    /// Returns the changed note (when it still exists) and the notes whose links may resolve
    /// differently now: the notes that link to its name or an alias of it, when the note appeared,
    /// went, or changed its headings, block ids or aliases.
    /// </summary>
    public static IEnumerable<string> Find(VaultSnapshot after, Note? before, Note? now)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        if (now is not null)
        {
            paths.Add(now.Path);
        }

        if (before is not null && now is not null && !ChangesLinkTargets(before, now))
        {
            return paths;
        }

        foreach (string name in TargetNames(before).Concat(TargetNames(now)))
        {
            paths.UnionWith(after.FindLinkers(name));
        }

        if (before is not null && now is null)
        {
            paths.Remove(before.Path);
        }

        return paths;
    }

    /// <summary>Returns the notes that link to the attachment at <paramref name="path"/>.</summary>
    public static IEnumerable<string> FindForAttachment(VaultSnapshot after, string path) =>
        after.FindLinkers(NotePaths.GetFileName(path));

    private static IEnumerable<string> TargetNames(Note? note) =>
        note is null ? [] : note.Aliases.Prepend(note.Name);

    private static bool ChangesLinkTargets(Note before, Note now) =>
        !before.Headings.Select(h => h.Text).SequenceEqual(now.Headings.Select(h => h.Text), StringComparer.Ordinal)
        || !before.Blocks.Select(b => b.Id).SequenceEqual(now.Blocks.Select(b => b.Id), StringComparer.Ordinal)
        || !before.Aliases.SequenceEqual(now.Aliases, StringComparer.Ordinal);
}
