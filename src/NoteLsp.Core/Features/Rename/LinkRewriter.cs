using NoteLsp.Core.Edits;
using NoteLsp.Core.Links;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features.Rename;

/// <summary>
/// Computes the link edits that keep every link pointing at the same file after files are
/// renamed or moved. A link that still resolves to its file in the renamed vault is left alone;
/// otherwise its target is rewritten in the shortest form that resolves, keeping the style in
/// which it was written: folder prefix, <c>.md</c>, percent-encoding, relative or rooted path.
/// The alias, <c>#heading</c>, <c>#^block</c> and embed <c>!</c> are outside the target and never change.
/// </summary>
internal static class LinkRewriter
{
    /// <summary>
    /// Returns the text edits, one <see cref="NoteTextEdits"/> per changed note under its path
    /// before the renames, ordered by path. <paramref name="renames"/> must name files of the vault.
    /// </summary>
    public static List<NoteTextEdits> ComputeEdits(VaultSnapshot vault, IReadOnlyDictionary<string, string> renames, CancellationToken cancellationToken)
    {
        VaultSnapshot renamed = ApplyRenames(vault, renames);

        var sources = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string oldPath in renames.Keys)
        {
            sources.UnionWith(vault.FindLinkers(NotePaths.GetStem(oldPath)));
            if (vault.FindNote(oldPath) is not null)
            {
                sources.Add(oldPath);
            }
        }

        var result = new List<NoteTextEdits>();
        foreach (string sourcePath in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Note? source = vault.FindNote(sourcePath);
            Note? movedSource = renamed.FindNote(renames.GetValueOrDefault(sourcePath, sourcePath));
            if (source is null || movedSource is null)
            {
                continue;
            }

            List<NoteTextEdit> edits = RewriteLinks(vault, renamed, source, movedSource, renames);
            if (edits.Count > 0)
            {
                result.Add(new NoteTextEdits(sourcePath, edits));
            }
        }

        return result;
    }

    private static VaultSnapshot ApplyRenames(VaultSnapshot vault, IReadOnlyDictionary<string, string> renames)
    {
        VaultSnapshot renamed = vault;
        foreach (string oldPath in renames.Keys)
        {
            renamed = vault.FindNote(oldPath) is not null ? renamed.WithoutNote(oldPath) : renamed.WithoutAttachment(oldPath);
        }

        foreach (var (oldPath, newPath) in renames)
        {
            renamed = vault.FindNote(oldPath) is { } note
                ? renamed.WithNote(note with { Path = newPath })
                : renamed.WithAttachment(newPath);
        }

        return renamed;
    }

    private static List<NoteTextEdit> RewriteLinks(VaultSnapshot vault, VaultSnapshot renamed, Note source, Note movedSource, IReadOnlyDictionary<string, string> renames)
    {
        var edits = new List<NoteTextEdit>();
        foreach (WikiLink link in source.Links)
        {
            LinkResolution before = LinkResolver.Resolve(vault, source, link);
            if (before.Kind != LinkResolutionKind.Resolved || before.TargetPath is null || link.Target.Trim().Length == 0)
            {
                continue;
            }

            string newTargetPath = renames.GetValueOrDefault(before.TargetPath, before.TargetPath);
            if (ResolvesTo(renamed, movedSource, link.Target, newTargetPath))
            {
                continue;
            }

            string? rewritten = RewriteTarget(renamed, movedSource, link.Target.Trim(), newTargetPath, before.IsAttachment);
            if (rewritten is not null)
            {
                edits.Add(new NoteTextEdit(TrimmedSpan(link), rewritten));
            }
        }

        return edits;
    }

    /// <summary>Returns the first candidate target that resolves to <paramref name="newPath"/>, most similar to <paramref name="written"/> first, or null.</summary>
    private static string? RewriteTarget(VaultSnapshot renamed, Note movedSource, string written, string newPath, bool isAttachment)
    {
        var style = TargetStyle.Read(written, isAttachment);
        foreach (string candidate in style.Candidates(newPath, movedSource.Folder))
        {
            if (ResolvesTo(renamed, movedSource, candidate, newPath))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool ResolvesTo(VaultSnapshot vault, Note source, string target, string path)
    {
        var probe = new WikiLink(default, false, target, default, null, null, null, null, LinkContext.Body);
        LinkResolution resolution = LinkResolver.Resolve(vault, source, probe);
        return resolution.Kind == LinkResolutionKind.Resolved && string.Equals(resolution.TargetPath, path, StringComparison.Ordinal);
    }

    /// <summary>Returns the span of the target without the spaces around it, such as in <c>[[ name ]]</c>.</summary>
    private static TextSpan TrimmedSpan(WikiLink link)
    {
        string target = link.Target;
        int leading = target.Length - target.TrimStart().Length;
        int trailing = target.Length - target.TrimEnd().Length;
        return new TextSpan(link.TargetSpan.Start + leading, Math.Max(link.TargetSpan.Start + leading, link.TargetSpan.End - trailing));
    }
}
