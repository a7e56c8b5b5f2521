using NoteLsp.Core.Edits;
using NoteLsp.Core.Links;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features.Rename;

/// <summary>
/// Renames notes and headings and keeps every link to them working. Results are
/// <see cref="VaultEdit"/>s that the editor applies; nothing here writes files. A rename that
/// would collide with another note, or that has nothing to rename, is rejected with a message.
/// </summary>
public static class RenameService
{
    /// <summary>Returns what a rename at <paramref name="offset"/> would rename, or why nothing can be renamed there.</summary>
    public static PrepareRenameResult PrepareRename(VaultSnapshot vault, Note note, int offset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vault);
        ArgumentNullException.ThrowIfNull(note);
        cancellationToken.ThrowIfCancellationRequested();

        WikiLink? link = note.Links.FirstOrDefault(l => offset >= l.Span.Start && offset < l.Span.End);
        if (link is not null)
        {
            return PrepareLinkRename(vault, note, link, offset);
        }

        Heading? heading = note.Headings.FirstOrDefault(h => h.Span.Touches(offset) && note.Text.GetLineIndex(h.Span.Start) == note.Text.GetLineIndex(offset));
        if (heading is not null)
        {
            // The title names the note, so renaming it renames the note file; other headings rename themselves.
            return IsTitle(note, heading)
                ? new PrepareRenameResult(new RenameTarget(RenameKind.Note, heading.TextSpan, note.Name, note.Path, null), null)
                : new PrepareRenameResult(new RenameTarget(RenameKind.Heading, heading.TextSpan, heading.Text, note.Path, heading), null);
        }

        return PrepareRenameResult.Rejected("Nothing to rename here: place the cursor on a wiki link target, a heading or the note's title.");
    }

    /// <inheritdoc cref="PrepareRename(VaultSnapshot, Note, int, CancellationToken)"/>
    public static PrepareRenameResult PrepareRename(VaultSnapshot vault, Note note, LinePosition position, CancellationToken cancellationToken = default) =>
        PrepareRename(vault, note, note.Text.GetOffset(position), cancellationToken);

    /// <summary>Renames what is at <paramref name="offset"/> to <paramref name="newName"/>: a note (from a link target or the title) or a heading.</summary>
    public static RenameResult Rename(VaultSnapshot vault, Note note, int offset, string newName, CancellationToken cancellationToken = default)
    {
        PrepareRenameResult prepared = PrepareRename(vault, note, offset, cancellationToken);
        if (prepared.Target is not { } target)
        {
            return RenameResult.Rejected(prepared.Error!);
        }

        return target.Kind == RenameKind.Note
            ? RenameNote(vault, target.NotePath, newName, cancellationToken)
            : RenameHeading(vault, target.NotePath, target.Heading!, newName, cancellationToken);
    }

    /// <inheritdoc cref="Rename(VaultSnapshot, Note, int, string, CancellationToken)"/>
    public static RenameResult Rename(VaultSnapshot vault, Note note, LinePosition position, string newName, CancellationToken cancellationToken = default) =>
        Rename(vault, note, note.Text.GetOffset(position), newName, cancellationToken);

    /// <summary>
    /// Renames the note at <paramref name="notePath"/> to <paramref name="newName"/> in the same
    /// folder: the edit rewrites every link to it (its own links included) and then renames the file.
    /// </summary>
    public static RenameResult RenameNote(VaultSnapshot vault, string notePath, string newName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vault);
        Note? note = vault.FindNote(notePath);
        if (note is null)
        {
            return RenameResult.Rejected($"Note '{notePath}' is not in the vault.");
        }

        string? error = NoteNameRules.Validate(vault, note, newName, out string name);
        if (error is not null)
        {
            return RenameResult.Rejected(error);
        }

        string folder = note.Folder;
        string newPath = (folder.Length == 0 ? string.Empty : folder + "/") + name + NotePaths.MarkdownExtension;
        var renames = new Dictionary<string, string>(StringComparer.Ordinal) { [note.Path] = newPath };

        var operations = new List<VaultEditOperation>(LinkRewriter.ComputeEdits(vault, renames, cancellationToken))
        {
            new RenameFile(note.Path, newPath),
        };
        return new RenameResult(new VaultEdit(operations), null);
    }

    /// <summary>
    /// Returns the link edits for files that the editor renames or moves itself, such as from
    /// its file explorer. Paths are vault-relative; a folder path stands for every file under it.
    /// The edits use the paths before the renames, because the editor applies them first.
    /// </summary>
    public static VaultEdit GetFileRenameEdits(VaultSnapshot vault, IReadOnlyList<FileRename> renames, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vault);
        ArgumentNullException.ThrowIfNull(renames);

        Dictionary<string, string> files = ExpandFolders(vault, renames);
        if (files.Count == 0)
        {
            return VaultEdit.Empty;
        }

        return new VaultEdit([.. LinkRewriter.ComputeEdits(vault, files, cancellationToken)]);
    }

    /// <summary>Renames <paramref name="heading"/> of the note at <paramref name="notePath"/> and every <c>[[note#heading]]</c> link to it.</summary>
    public static RenameResult RenameHeading(VaultSnapshot vault, string notePath, Heading heading, string newText, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vault);
        ArgumentNullException.ThrowIfNull(heading);
        Note? note = vault.FindNote(notePath);
        if (note is null)
        {
            return RenameResult.Rejected($"Note '{notePath}' is not in the vault.");
        }

        string? error = HeadingRenamer.Validate(note, heading, newText, out string text);
        return error is not null
            ? RenameResult.Rejected(error)
            : new RenameResult(HeadingRenamer.ComputeEdit(vault, note, heading, text, cancellationToken), null);
    }

    private static PrepareRenameResult PrepareLinkRename(VaultSnapshot vault, Note note, WikiLink link, int offset)
    {
        if (link.AliasSpan is { } alias && offset >= alias.Start)
        {
            return PrepareRenameResult.Rejected("The alias is display text: edit it in place, or place the cursor on the link target to rename the note.");
        }

        LinkResolution resolution = LinkResolver.Resolve(vault, note, link);
        bool inFragment = link.FragmentSpan is { } fragment && offset >= fragment.Start;
        switch (resolution.Kind)
        {
            case LinkResolutionKind.Empty:
                return PrepareRenameResult.Rejected("The link names nothing, so there is nothing to rename.");
            case LinkResolutionKind.Unresolved:
            case LinkResolutionKind.AliasOnly:
                return PrepareRenameResult.Rejected($"No note named '{resolution.Target}' exists, so there is nothing to rename: create the note or correct the link first.");
            case LinkResolutionKind.Ambiguous:
                return PrepareRenameResult.Rejected($"'{resolution.Target}' matches {resolution.Candidates.Count} notes: write a longer path in the link to choose the one to rename.");
        }

        if (resolution.IsAttachment)
        {
            return PrepareRenameResult.Rejected($"'{resolution.TargetPath}' is an attachment: rename it in the file explorer, and the links to it are updated.");
        }

        if (inFragment)
        {
            return PrepareFragmentRename(resolution, link);
        }

        string name = NotePaths.GetStem(resolution.TargetPath!);
        return new PrepareRenameResult(new RenameTarget(RenameKind.Note, NameSpan(link), name, resolution.TargetPath!, null), null);
    }

    private static PrepareRenameResult PrepareFragmentRename(LinkResolution resolution, WikiLink link)
    {
        if (link.IsBlockReference)
        {
            return PrepareRenameResult.Rejected("Block ids cannot be renamed yet: edit the id and its links by hand.");
        }

        if (resolution.Heading is not { } heading)
        {
            return PrepareRenameResult.Rejected($"Note '{NotePaths.GetStem(resolution.TargetPath!)}' has no heading '{LinkTarget.NormalizeHeading(link.Fragment!)}' to rename.");
        }

        return new PrepareRenameResult(new RenameTarget(RenameKind.Heading, HeadingRenamer.LastFragmentSpan(link), heading.Text, resolution.TargetPath!, heading), null);
    }

    /// <summary>Returns the span of the last path segment of a link target, without <c>.md</c> and surrounding spaces.</summary>
    private static TextSpan NameSpan(WikiLink link)
    {
        string target = link.Target;
        int end = target.TrimEnd().Length;
        if (NotePaths.IsMarkdown(target[..end]))
        {
            end -= NotePaths.MarkdownExtension.Length;
        }

        int start = Math.Max(target.LastIndexOfAny(['/', '\\'], Math.Max(0, end - 1)) + 1, target.Length - target.TrimStart().Length);
        return new TextSpan(link.TargetSpan.Start + Math.Min(start, end), link.TargetSpan.Start + end);
    }

    private static bool IsTitle(Note note, Heading heading) =>
        heading.Level == 1 && ReferenceEquals(note.Headings.FirstOrDefault(h => h.Level == 1), heading);

    private static Dictionary<string, string> ExpandFolders(VaultSnapshot vault, IReadOnlyList<FileRename> renames)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (FileRename rename in renames)
        {
            string oldPath = rename.OldPath.Trim('/');
            string newPath = rename.NewPath.Trim('/');
            if (vault.FindNote(oldPath) is not null || vault.FindAttachmentByPathKey(oldPath) is not null)
            {
                files[vault.FindNote(oldPath)?.Path ?? vault.FindAttachmentByPathKey(oldPath)!] = newPath;
                continue;
            }

            // A folder: every note and attachment under it moves along.
            string prefix = oldPath + "/";
            foreach (string path in vault.Notes.Select(n => n.Path).Concat(vault.AttachmentPaths))
            {
                if (path.StartsWith(prefix, StringComparison.Ordinal))
                {
                    files[path] = newPath + "/" + path[prefix.Length..];
                }
            }
        }

        return files;
    }
}
