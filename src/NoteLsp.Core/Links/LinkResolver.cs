using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Links;

/// <summary>
/// Resolves wiki links the way Obsidian does: by file name anywhere in the vault, by trailing
/// path segments for <c>folder/name</c>, relative to the linking note for <c>./</c> and <c>../</c>,
/// and from the vault root for a leading '/'. Names compare without regard to case or Unicode form.
/// </summary>
public static class LinkResolver
{
    public static LinkResolution Resolve(VaultSnapshot vault, Note source, WikiLink link)
    {
        string target = LinkTarget.Normalize(link.Target);
        if (target.Length == 0)
        {
            return string.IsNullOrWhiteSpace(link.Fragment)
                ? new LinkResolution(LinkResolutionKind.Empty, target, null, false, [], FragmentStatus.None, null, null)
                : WithFragment(Found(target, source.Path, false, [source.Path]), source, link);
        }

        LinkResolution resolution = ResolveTarget(vault, source, target);
        if (resolution.TargetPath is null || resolution.IsAttachment)
        {
            return resolution;
        }

        Note? note = vault.FindNote(resolution.TargetPath);
        return note is null ? resolution : WithFragment(resolution, note, link);
    }

    private static LinkResolution ResolveTarget(VaultSnapshot vault, Note source, string target)
    {
        if (target.StartsWith('/'))
        {
            return ResolveExactPath(vault, target, target.TrimStart('/'));
        }

        if (target.StartsWith("./", StringComparison.Ordinal) || target.StartsWith("../", StringComparison.Ordinal))
        {
            string? combined = NotePaths.Combine(source.Folder, target);
            return combined is null ? NotFound(target) : ResolveExactPath(vault, target, combined);
        }

        string name = LinkTarget.GetLastSegmentName(target);
        List<string> candidates = FindNoteCandidates(vault, target, name);
        if (candidates.Count > 0)
        {
            return Choose(target, source, candidates);
        }

        List<string> attachments = FindAttachmentCandidates(vault, target);
        if (attachments.Count > 0)
        {
            return Choose(target, source, attachments) with { IsAttachment = true };
        }

        if (!target.Contains('/'))
        {
            var holders = vault.FindNotesByAlias(target);
            if (!holders.IsEmpty)
            {
                return new LinkResolution(LinkResolutionKind.AliasOnly, target, null, false, holders.Order(StringComparer.Ordinal).ToArray(), FragmentStatus.None, null, null);
            }
        }

        return NotFound(target);
    }

    private static LinkResolution ResolveExactPath(VaultSnapshot vault, string target, string path)
    {
        Note? note = vault.FindNoteByPathKey(path);
        if (note is not null)
        {
            return Found(target, note.Path, false, [note.Path]);
        }

        string? attachment = vault.FindAttachmentByPathKey(path);
        return attachment is not null ? Found(target, attachment, true, [attachment]) : NotFound(target);
    }

    private static List<string> FindNoteCandidates(VaultSnapshot vault, string target, string name)
    {
        var byName = vault.FindNotesByName(name);
        string expected = NotePaths.ToKey(NotePaths.WithoutMarkdownExtension(target.TrimEnd('/')));
        if (!expected.Contains('/'))
        {
            return [.. byName];
        }

        // "a/b/name" matches notes whose path ends with those segments.
        return byName
            .Where(path => EndsWithSegments(NotePaths.ToKey(NotePaths.WithoutMarkdownExtension(path)), expected))
            .ToList();
    }

    private static List<string> FindAttachmentCandidates(VaultSnapshot vault, string target)
    {
        string fileName = NotePaths.GetFileName(target);
        var byName = vault.FindAttachmentsByName(fileName);
        string expected = NotePaths.ToKey(target);
        return byName.Where(path => EndsWithSegments(NotePaths.ToKey(path), expected)).ToList();
    }

    private static bool EndsWithSegments(string pathKey, string expectedKey) =>
        pathKey == expectedKey || pathKey.EndsWith("/" + expectedKey, StringComparison.Ordinal);

    /// <summary>
    /// Orders candidates: the exact vault path first, then notes in the linking note's folder,
    /// then the shortest path, then alphabetical order. A link that spells a note's full vault
    /// path (<c>[[Space]]</c> for the root note <c>Space.md</c>) is unambiguous, as in Obsidian;
    /// any other target that several notes share is reported as ambiguous.
    /// </summary>
    private static LinkResolution Choose(string target, Note source, List<string> candidates)
    {
        // Most links have one candidate; ordering allocates, so it runs only when it matters.
        if (candidates.Count == 1)
        {
            return new LinkResolution(LinkResolutionKind.Resolved, target, candidates[0], false, candidates, FragmentStatus.None, null, null);
        }

        string expectedPath = NotePaths.ToKey(NotePaths.WithoutMarkdownExtension(target));
        string sourceFolder = NotePaths.ToKey(source.Folder);
        string[] ordered = candidates
            .OrderBy(p => NotePaths.ToKey(NotePaths.WithoutMarkdownExtension(p)) == expectedPath ? 0 : 1)
            .ThenBy(p => NotePaths.ToKey(NotePaths.GetFolder(p)) == sourceFolder ? 0 : 1)
            .ThenBy(p => p.Count(c => c == '/'))
            .ThenBy(p => p.Length)
            .ThenBy(p => p, StringComparer.Ordinal)
            .ToArray();

        bool exactPath = NotePaths.ToKey(NotePaths.WithoutMarkdownExtension(ordered[0])) == expectedPath;
        var kind = ordered.Length > 1 && !exactPath ? LinkResolutionKind.Ambiguous : LinkResolutionKind.Resolved;
        return new LinkResolution(kind, target, ordered[0], false, ordered, FragmentStatus.None, null, null);
    }

    private static LinkResolution WithFragment(LinkResolution resolution, Note note, WikiLink link)
    {
        string? fragment = link.Fragment;
        if (string.IsNullOrWhiteSpace(fragment))
        {
            return resolution;
        }

        if (link.IsBlockReference)
        {
            string id = fragment.Trim()[1..];
            BlockAnchor? block = note.Blocks.FirstOrDefault(b => string.Equals(b.Id, id, StringComparison.OrdinalIgnoreCase));
            return resolution with { Fragment = block is null ? FragmentStatus.BlockMissing : FragmentStatus.Found, Block = block };
        }

        Heading? heading = FindHeading(note, LinkTarget.NormalizeHeading(fragment));
        return resolution with { Fragment = heading is null ? FragmentStatus.HeadingMissing : FragmentStatus.Found, Heading = heading };
    }

    /// <summary>Returns the heading whose text (without regard to case) or slug matches <paramref name="name"/>, or null.</summary>
    public static Heading? FindHeading(Note note, string name)
    {
        if (name.Length == 0)
        {
            return null;
        }

        string expected = NotePaths.ToNfc(name);
        foreach (Heading heading in note.Headings)
        {
            if (string.Equals(NotePaths.ToNfc(heading.Text), expected, StringComparison.OrdinalIgnoreCase))
            {
                return heading;
            }
        }

        string slug = Slugs.ToComparable(name);
        if (slug.Length == 0)
        {
            return null;
        }

        foreach (Heading heading in note.Headings)
        {
            if (heading.Slug.AsSpan().Trim('-').SequenceEqual(slug))
            {
                return heading;
            }
        }

        return null;
    }

    private static LinkResolution Found(string target, string path, bool isAttachment, string[] candidates) =>
        new(LinkResolutionKind.Resolved, target, path, isAttachment, candidates, FragmentStatus.None, null, null);

    private static LinkResolution NotFound(string target) =>
        new(LinkResolutionKind.Unresolved, target, null, false, [], FragmentStatus.None, null, null);
}
