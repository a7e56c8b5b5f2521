using NoteLsp.Core.Links;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features;

/// <summary>Find references: the backlinks of the note or heading under the cursor.</summary>
public static class ReferencesService
{
    /// <summary>What the cursor names: a note, or one heading of it.</summary>
    /// <param name="Declaration">The title or heading that declares it, or null for a note without a title.</param>
    public sealed record ReferenceTarget(string NotePath, Heading? Heading, NoteLocation? Declaration);

    /// <summary>
    /// Returns what the cursor names: on a link, its target (with the heading when the link names
    /// one); on the title, the note; on another heading, that heading. Returns null elsewhere and
    /// for links that resolve to nothing or to an attachment.
    /// </summary>
    public static ReferenceTarget? FindTarget(VaultSnapshot vault, Note note, int offset)
    {
        WikiLink? link = LinkLookup.FindLinkAt(note, offset);
        if (link is not null)
        {
            LinkResolution resolution = LinkResolver.Resolve(vault, note, link);
            if (resolution.TargetPath is null || resolution.IsAttachment)
            {
                return null;
            }

            Note target = vault.FindNote(resolution.TargetPath)!;
            return ForHeading(target, resolution.Heading);
        }

        Heading? heading = LinkLookup.FindHeadingAt(note, offset);
        return heading is null ? null : ForHeading(note, heading);
    }

    /// <summary>Returns the backlinks of what the cursor names, with its declaration first when <paramref name="includeDeclaration"/> is set.</summary>
    public static IReadOnlyList<NoteLocation> FindReferences(VaultSnapshot vault, Note note, int offset, bool includeDeclaration, CancellationToken cancellationToken)
    {
        ReferenceTarget? target = FindTarget(vault, note, offset);
        if (target is null)
        {
            return [];
        }

        var locations = new List<NoteLocation>();
        if (includeDeclaration && target.Declaration is not null)
        {
            locations.Add(target.Declaration);
        }

        locations.AddRange(BacklinkService.FindBacklinks(vault, target.NotePath, target.Heading, cancellationToken));
        return locations;
    }

    /// <summary>The title (the first level-1 heading) stands for the whole note.</summary>
    private static ReferenceTarget ForHeading(Note note, Heading? heading)
    {
        Heading? title = note.Headings.FirstOrDefault(h => h.Level == 1);
        if (heading is null || heading == title)
        {
            return new ReferenceTarget(note.Path, null, title is null ? null : new NoteLocation(note.Path, title.Span));
        }

        return new ReferenceTarget(note.Path, heading, new NoteLocation(note.Path, heading.Span));
    }
}
