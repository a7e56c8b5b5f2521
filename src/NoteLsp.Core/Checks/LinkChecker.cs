using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Links;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Checks;

/// <summary>Reports broken, ambiguous, alias-only and empty wiki links of one note.</summary>
public static class LinkChecker
{
    public static void Check(VaultSnapshot vault, Note note, List<NoteDiagnostic> diagnostics)
    {
        foreach (WikiLink link in note.Links)
        {
            NoteDiagnostic? diagnostic = CheckLink(vault, note, link);
            if (diagnostic is not null)
            {
                diagnostics.Add(diagnostic);
            }
        }
    }

    public static NoteDiagnostic? CheckLink(VaultSnapshot vault, Note note, WikiLink link)
    {
        LinkResolution resolution = LinkResolver.Resolve(vault, note, link);
        string target = resolution.Target;
        var data = new Dictionary<string, string> { ["target"] = target };
        switch (resolution.Kind)
        {
            case LinkResolutionKind.Empty:
                return Create(DiagnosticCodes.EmptyLink, link.Span, "Empty wiki link: write a note name between the brackets, such as [[note-name]].", data);

            case LinkResolutionKind.Unresolved when LeavesVault(note, target):
                return Create(DiagnosticCodes.BrokenLink, link.DiagnosticSpan, $"'{target}' points outside the vault: a link can only name notes and attachments inside it.", data);

            case LinkResolutionKind.Unresolved:
                string kind = link.IsEmbed ? "note or attachment" : "note";
                return Create(DiagnosticCodes.BrokenLink, link.DiagnosticSpan, $"No {kind} named '{target}' in the vault: create it or correct the name.", data);

            case LinkResolutionKind.AliasOnly:
                string holder = NotePaths.GetStem(resolution.Candidates[0]);
                data["note"] = resolution.Candidates[0];
                return Create(
                    DiagnosticCodes.AliasUsedAsTarget,
                    link.DiagnosticSpan,
                    $"'{target}' is an alias of note '{holder}', and links must name the note: write [[{holder}|{target}]].",
                    data,
                    resolution.Candidates.Select(p => new RelatedLocation(p, default, $"declares the alias '{target}'")).ToArray());

            case LinkResolutionKind.Ambiguous:
                data["chosen"] = resolution.TargetPath!;
                return Create(
                    DiagnosticCodes.AmbiguousLink,
                    link.DiagnosticSpan,
                    $"'{target}' matches {resolution.Candidates.Count} notes and resolves to '{resolution.TargetPath}': write a longer path to choose one.",
                    data,
                    resolution.Candidates.Select(p => new RelatedLocation(p, default, $"candidate '{p}'")).ToArray());
        }

        return CheckFragment(resolution, link, data);
    }

    private static NoteDiagnostic? CheckFragment(LinkResolution resolution, WikiLink link, Dictionary<string, string> data)
    {
        string noteName = NotePaths.GetStem(resolution.TargetPath!);
        TextSpan span = link.FragmentSpan ?? link.DiagnosticSpan;
        switch (resolution.Fragment)
        {
            case FragmentStatus.HeadingMissing:
                string heading = LinkTarget.NormalizeHeading(link.Fragment!);
                data["heading"] = heading;
                return Create(DiagnosticCodes.BrokenHeading, span, $"Note '{noteName}' has no heading '{heading}': add it or correct the link.", data);

            case FragmentStatus.BlockMissing:
                string block = link.Fragment!.Trim();
                data["block"] = block;
                return Create(DiagnosticCodes.BrokenBlockReference, span, $"Note '{noteName}' has no block '{block}': add ' {block}' at the end of a paragraph or correct the link.", data);

            default:
                return null;
        }
    }

    private static bool LeavesVault(Note note, string target) =>
        (target.StartsWith("../", StringComparison.Ordinal) || target.StartsWith("./", StringComparison.Ordinal))
        && NotePaths.Combine(note.Folder, target) is null;

    private static NoteDiagnostic Create(
        DiagnosticDescriptor descriptor,
        TextSpan span,
        string message,
        Dictionary<string, string> data,
        IReadOnlyList<RelatedLocation>? related = null) =>
        new(descriptor.Code, descriptor.DefaultSeverity, span, message, related, data);
}
