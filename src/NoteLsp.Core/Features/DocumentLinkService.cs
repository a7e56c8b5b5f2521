using NoteLsp.Core.Links;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features;

/// <summary>A clickable link of a note and the place it opens.</summary>
public sealed record DocumentLinkTarget(TextSpan Span, NoteLocation Target);

/// <summary>Document links: every wiki link that resolves, so that editors make it clickable.</summary>
public static class DocumentLinkService
{
    /// <summary>Returns the links of <paramref name="note"/> that resolve to a note or attachment; broken links are left out.</summary>
    public static IReadOnlyList<DocumentLinkTarget> GetLinks(VaultSnapshot vault, Note note, CancellationToken cancellationToken)
    {
        var links = new List<DocumentLinkTarget>();
        foreach (WikiLink link in note.Links)
        {
            cancellationToken.ThrowIfCancellationRequested();
            LinkResolution resolution = LinkResolver.Resolve(vault, note, link);
            if (resolution.TargetPath is null)
            {
                continue;
            }

            TextSpan target = resolution.Heading?.Span ?? resolution.Block?.BlockSpan ?? new TextSpan(0, 0);
            links.Add(new DocumentLinkTarget(link.Span, new NoteLocation(resolution.TargetPath, target)));
        }

        return links;
    }
}
