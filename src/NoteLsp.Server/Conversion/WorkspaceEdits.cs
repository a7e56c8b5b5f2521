using NoteLsp.Core.Edits;
using NoteLsp.Core.Text;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Session;

namespace NoteLsp.Server.Conversion;

/// <summary>
/// Converts a Core <see cref="VaultEdit"/> into an LSP <see cref="WorkspaceEdit"/> with
/// <c>documentChanges</c>. Text edits carry the open note's version, so the client rejects an
/// edit computed for an older text; file operations never overwrite an existing file.
/// </summary>
public static class WorkspaceEdits
{
    private static readonly FileOperationOptions NeverOverwrite = new(Overwrite: false, IgnoreIfExists: false);

    private static readonly FileOperationOptions SkipExisting = new(Overwrite: false, IgnoreIfExists: true);

    /// <summary>Returns the LSP edit; paths are vault-relative to <paramref name="workspace"/>, and a note missing from the vault is skipped.</summary>
    public static WorkspaceEdit ToLsp(VaultEdit edit, ServerState state, VaultWorkspace workspace)
    {
        var changes = new List<object>(edit.Operations.Count);
        foreach (VaultEditOperation operation in edit.Operations)
        {
            switch (operation)
            {
                case NoteTextEdits textEdits when workspace.Vault.FindNote(textEdits.NotePath) is { } note:
                    string uri = state.GetUri(workspace, note.Path);
                    int? version = state.TryLocate(new NoteKey(workspace.RootPath, note.Path))?.Document?.Version;
                    TextEdit[] edits = textEdits.Edits.Select(e => new TextEdit(Positions.ToLsp(note.Text, e.Span), e.NewText)).ToArray();
                    changes.Add(new TextDocumentEdit(new OptionalVersionedTextDocumentIdentifier(uri, version), edits));
                    break;
                case RenameFile rename:
                    changes.Add(new RenameFileOperation(ToUri(workspace, rename.OldPath), ToUri(workspace, rename.NewPath), NeverOverwrite));
                    break;
                case CreateFile create:
                    changes.Add(new CreateFileOperation(ToUri(workspace, create.Path), SkipExisting));
                    if (create.Text.Length > 0)
                    {
                        var origin = new LinePosition(0, 0);
                        var insert = new TextEdit(Positions.ToLsp(new LineRange(origin, origin)), create.Text);
                        changes.Add(new TextDocumentEdit(new OptionalVersionedTextDocumentIdentifier(ToUri(workspace, create.Path), null), [insert]));
                    }

                    break;
            }
        }

        return new WorkspaceEdit([.. changes]);
    }

    private static string ToUri(VaultWorkspace workspace, string relativePath) =>
        Uris.FromPath(Core.Vault.VaultLoader.ToFullPath(workspace.RootPath, relativePath));
}
