using NoteLsp.Core.Edits;
using NoteLsp.Core.Features.CodeActions;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Session;

namespace NoteLsp.Server.Conversion;

/// <summary>
/// Converts Core vault edits to LSP workspace edits with <c>documentChanges</c>. Every edit the
/// server proposes goes through here. Creations and renames never overwrite, and a path that
/// leaves the workspace folder drops the whole edit.
/// </summary>
public static class WorkspaceEditConversion
{
    private static readonly FileOperationOptions SkipExisting = new(Overwrite: false, IgnoreIfExists: true);

    // A rename onto an existing file must fail in the editor, not be skipped: the link edits that
    // come with it assume the new name.
    private static readonly FileOperationOptions FailIfExists = new(Overwrite: false, IgnoreIfExists: false);

    /// <summary>Returns the LSP form of <paramref name="edit"/> in <paramref name="workspace"/>, or null when an operation names a path outside it or a note it does not have.</summary>
    public static WorkspaceEdit? ToLsp(VaultEdit edit, VaultWorkspace workspace, ServerState state)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(state);

        var changes = new List<object>();
        foreach (VaultEditOperation operation in edit.Operations)
        {
            object[]? converted = operation switch
            {
                CreateFile create => ConvertCreate(create, workspace),
                NoteTextEdits edits => ConvertTextEdits(edits, workspace, state),
                RenameFile rename => ConvertRename(rename, workspace),
                _ => null,
            };
            if (converted is null)
            {
                return null;
            }

            changes.AddRange(converted);
        }

        return new WorkspaceEdit([.. changes]);
    }

    /// <summary>
    /// The file is created empty, then its text is inserted, because LSP's create operation has no
    /// content. A file that exists on disk in any case drops the edit: with <c>ignoreIfExists</c>
    /// the client would skip the creation and insert the text into that file.
    /// </summary>
    private static object[]? ConvertCreate(CreateFile create, VaultWorkspace workspace)
    {
        string? uri = ToUri(workspace, create.Path);
        // NOTE: a file created between this check and the editor applying the edit still gets the
        // text inserted, because LSP has no create-with-content operation.
        if (uri is null || VaultEditApplier.Exists(workspace.RootPath, create.Path))
        {
            return null;
        }

        var insert = new TextEdit(new Protocol.Range(new Position(0, 0), new Position(0, 0)), create.Text);
        return
        [
            new CreateFileOperation(uri, SkipExisting),
            new TextDocumentEdit(new OptionalVersionedTextDocumentIdentifier(uri, null), [insert]),
        ];
    }

    private static object[]? ConvertTextEdits(NoteTextEdits edits, VaultWorkspace workspace, ServerState state)
    {
        Note? note = workspace.Vault.FindNote(edits.NotePath);
        string? uri = ToUri(workspace, edits.NotePath);
        if (note is null || uri is null)
        {
            return null;
        }

        SourceText text = note.Text;
        int? version = state.TryLocate(new NoteKey(workspace.RootPath, note.Path))?.Document?.Version;
        TextEdit[] converted = edits.Edits.Select(e => new TextEdit(Positions.ToLsp(text, e.Span), e.NewText)).ToArray();
        return [new TextDocumentEdit(new OptionalVersionedTextDocumentIdentifier(state.GetUri(workspace, note.Path), version), converted)];
    }

    private static object[]? ConvertRename(RenameFile rename, VaultWorkspace workspace)
    {
        string? oldUri = ToUri(workspace, rename.OldPath);
        string? newUri = ToUri(workspace, rename.NewPath);
        return oldUri is null || newUri is null ? null : [new RenameFileOperation(oldUri, newUri, FailIfExists)];
    }

    private static string? ToUri(VaultWorkspace workspace, string notePath)
    {
        string? fullPath = VaultEditApplier.ToFullPath(Path.TrimEndingDirectorySeparator(workspace.RootPath), notePath);
        return fullPath is null ? null : Uris.FromPath(fullPath);
    }
}
