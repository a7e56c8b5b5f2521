using NoteLsp.Core.Text;

namespace NoteLsp.Core.Edits;

/// <summary>
/// A change to the vault that a feature proposes and the editor applies: an ordered list of
/// operations, applied one after another as LSP applies <c>documentChanges</c>. Paths are
/// vault-relative with '/' separators.
/// </summary>
public sealed record VaultEdit(IReadOnlyList<VaultEditOperation> Operations)
{
    public static VaultEdit Empty { get; } = new([]);
}

/// <summary>One step of a <see cref="VaultEdit"/>.</summary>
public abstract record VaultEditOperation;

/// <summary>Replaces spans of a note's current text. Spans refer to the text before any of these edits and must not overlap.</summary>
public sealed record NoteTextEdits(string NotePath, IReadOnlyList<NoteTextEdit> Edits) : VaultEditOperation;

/// <summary>Replaces <see cref="Span"/> of a note's text with <see cref="NewText"/>.</summary>
public sealed record NoteTextEdit(TextSpan Span, string NewText);

/// <summary>
/// Creates a file that does not exist yet, with <see cref="Text"/> as its content. Features never
/// overwrite: the editor is asked to skip the creation when the file exists.
/// </summary>
public sealed record CreateFile(string Path, string Text) : VaultEditOperation;

/// <summary>Renames or moves a file; the editor is asked never to overwrite an existing file.</summary>
public sealed record RenameFile(string OldPath, string NewPath) : VaultEditOperation;
