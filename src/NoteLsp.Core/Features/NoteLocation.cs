using NoteLsp.Core.Text;

namespace NoteLsp.Core.Features;

/// <summary>A span in a note or attachment of the vault.</summary>
/// <param name="Path">Vault-relative path with '/' separators.</param>
/// <param name="Span">The span in the note's text; empty at 0 for a whole note or an attachment.</param>
public sealed record NoteLocation(string Path, TextSpan Span);
