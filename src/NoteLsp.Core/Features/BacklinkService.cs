using NoteLsp.Core.Links;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features;

/// <summary>Finds the links that point to a note, through the vault's linker index.</summary>
public static class BacklinkService
{
    /// <summary>
    /// Returns every link, embeds included, that resolves to the note at <paramref name="notePath"/>,
    /// in path and text order. With <paramref name="heading"/>, only links whose fragment names that
    /// heading count. Links of the note to itself (<c>[[#heading]]</c>) count too.
    /// </summary>
    public static IReadOnlyList<NoteLocation> FindBacklinks(VaultSnapshot vault, string notePath, Heading? heading, CancellationToken cancellationToken)
    {
        Note? target = vault.FindNote(notePath);
        if (target is null)
        {
            return [];
        }

        var linkers = new SortedSet<string>(StringComparer.Ordinal) { notePath };
        foreach (string name in target.Aliases.Prepend(target.Name))
        {
            linkers.UnionWith(vault.FindLinkers(name));
        }

        var found = new List<NoteLocation>();
        foreach (string linkerPath in linkers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Note? linker = vault.FindNote(linkerPath);
            if (linker is null)
            {
                continue;
            }

            foreach (WikiLink link in linker.Links)
            {
                LinkResolution resolution = LinkResolver.Resolve(vault, linker, link);
                bool toNote = resolution.TargetPath == notePath && !resolution.IsAttachment;
                if (toNote && (heading is null || resolution.Heading == heading))
                {
                    found.Add(new NoteLocation(linkerPath, link.Span));
                }
            }
        }

        return found;
    }
}
