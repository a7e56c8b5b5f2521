using NoteLsp.Core.Links;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features;

/// <summary>Go to definition: where the link under the cursor points.</summary>
public static class DefinitionService
{
    /// <summary>
    /// Returns the target of the link at <paramref name="offset"/>: the heading or block it names,
    /// or the start of the note or attachment. A <c>[[#heading]]</c> link stays in the note. Returns
    /// null when the cursor is on no link or the link resolves to nothing.
    /// </summary>
    public static NoteLocation? FindDefinition(VaultSnapshot vault, Note note, int offset, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        WikiLink? link = LinkLookup.FindLinkAt(note, offset);
        if (link is null)
        {
            return null;
        }

        LinkResolution resolution = LinkResolver.Resolve(vault, note, link);
        if (resolution.TargetPath is null)
        {
            return null;
        }

        TextSpan span = resolution.Heading?.Span ?? resolution.Block?.BlockSpan ?? new TextSpan(0, 0);
        return new NoteLocation(resolution.TargetPath, span);
    }
}
