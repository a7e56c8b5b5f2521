using NoteLsp.Core.Edits;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;

namespace NoteLsp.Core.Features.Rename;

/// <summary>What a rename at a position renames.</summary>
public enum RenameKind
{
    /// <summary>A note file, named from a link target or from the note's title.</summary>
    Note,

    /// <summary>A heading of a note, named from the heading itself or from a link's <c>#heading</c>.</summary>
    Heading,
}

/// <summary>
/// The thing a rename at a position would rename.
/// </summary>
/// <param name="Span">The text the editor highlights while the user types the new name.</param>
/// <param name="Placeholder">The current name the editor proposes for editing.</param>
/// <param name="NotePath">The note that is renamed, or whose heading is renamed.</param>
/// <param name="Heading">The heading that is renamed, for <see cref="RenameKind.Heading"/>.</param>
public sealed record RenameTarget(RenameKind Kind, TextSpan Span, string Placeholder, string NotePath, Heading? Heading);

/// <summary>The result of preparing a rename: a target, or the reason nothing can be renamed.</summary>
public sealed record PrepareRenameResult(RenameTarget? Target, string? Error)
{
    public static PrepareRenameResult Rejected(string error) => new(null, error);
}

/// <summary>The result of a rename: the edit to apply, or the reason it was rejected.</summary>
public sealed record RenameResult(VaultEdit? Edit, string? Error)
{
    public static RenameResult Rejected(string error) => new(null, error);
}

/// <summary>A file renamed or moved in the vault, as vault-relative paths.</summary>
public sealed record FileRename(string OldPath, string NewPath);
