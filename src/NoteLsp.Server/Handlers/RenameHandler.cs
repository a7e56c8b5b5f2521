using NoteLsp.Core.Edits;
using NoteLsp.Core.Features.CodeActions;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Features.Rename;
using NoteLsp.Core.Vault;
using NoteLsp.Server.Conversion;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Rpc;
using NoteLsp.Server.Session;
using StreamJsonRpc;
using CoreFileRename = NoteLsp.Core.Features.Rename.FileRename;
using CorePrepareRenameResult = NoteLsp.Core.Features.Rename.PrepareRenameResult;

namespace NoteLsp.Server.Handlers;

/// <summary>
/// Renames of notes and headings (<c>textDocument/prepareRename</c>, <c>textDocument/rename</c>)
/// and link updates for files renamed in the editor's file explorer (<c>workspace/willRenameFiles</c>,
/// <c>workspace/didRenameFiles</c>). A rejected rename is a RequestFailed error with Core's message.
/// </summary>
public sealed class RenameHandler(HandlerContext context)
{
    /// <summary>The file operations the server wants to hear about: every file and folder of a <c>file</c> URI.</summary>
    public static FileOperationRegistrationOptions FileOperations { get; } = new([new FileOperationFilter("file", new FileOperationPattern("**/*"))]);

    [JsonRpcMethod(Methods.TextDocumentPrepareRename, UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.PrepareRenameResult?> PrepareRenameAsync(PrepareRenameParams request, CancellationToken cancellationToken) =>
        context.ReadNoteAsync<Protocol.PrepareRenameResult?>(Methods.TextDocumentPrepareRename, request.TextDocument.Uri, null, (note, _, token) =>
        {
            CorePrepareRenameResult result = RenameService.PrepareRename(note.Vault, note.Note, Positions.FromLsp(request.Position), token);
            RenameTarget target = result.Target ?? throw Rejected(result.Error!);
            return new Protocol.PrepareRenameResult(Positions.ToLsp(note.Note.Text, target.Span), target.Placeholder);
        }, cancellationToken);

    [JsonRpcMethod(Methods.TextDocumentRename, UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceEdit?> RenameAsync(RenameParams request, CancellationToken cancellationToken) =>
        context.ReadNoteAsync<WorkspaceEdit?>(Methods.TextDocumentRename, request.TextDocument.Uri, null, (note, state, token) =>
        {
            RenameResult result = RenameService.Rename(note.Vault, note.Note, Positions.FromLsp(request.Position), request.NewName, token);
            VaultEdit edit = result.Edit ?? throw Rejected(result.Error!);
            ThrowIfTargetExists(edit, note.Workspace);
            return WorkspaceEditConversion.ToLsp(edit, note.Workspace, state)
                ?? throw Rejected("The rename would write outside the workspace folder, so it was not proposed.");
        }, cancellationToken);

    /// <summary>Returns the link edits for renamed or moved files and folders, before the client moves them; null when no link changes.</summary>
    [JsonRpcMethod(Methods.WorkspaceWillRenameFiles, UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceEdit?> WillRenameFilesAsync(RenameFilesParams request, CancellationToken cancellationToken) =>
        context.ReadAsync<WorkspaceEdit?>(Methods.WorkspaceWillRenameFiles, null, (state, token) =>
        {
            var changes = new List<object>();
            foreach (var (workspace, renames) in GroupByWorkspace(state, request.Files))
            {
                VaultEdit edit = RenameService.GetFileRenameEdits(workspace.Vault, renames, token);
                changes.AddRange(WorkspaceEditConversion.ToLsp(edit, workspace, state)?.DocumentChanges ?? []);
            }

            return changes.Count == 0 ? null : new WorkspaceEdit([.. changes]);
        }, cancellationToken);

    /// <summary>Updates the vault after the client renamed files: each old path is removed and each new one read from disk.</summary>
    [JsonRpcMethod(Methods.WorkspaceDidRenameFiles, UseSingleObjectParameterDeserialization = true)]
    public Task DidRenameFilesAsync(RenameFilesParams request) =>
        context.MutateAsync(Methods.WorkspaceDidRenameFiles, null, () =>
        {
            var affected = new List<NoteKey>();
            bool all = false;
            foreach (FileRenameEvent file in request.Files)
            {
                string? oldPath = Uris.TryToPath(file.OldUri, out string? oldError);
                string? newPath = Uris.TryToPath(file.NewUri, out string? newError);
                if (oldPath is null || newPath is null)
                {
                    context.Logger.Debug(Methods.WorkspaceDidRenameFiles, $"Skipped: {oldError ?? newError}");
                    continue;
                }

                foreach ((string path, int type) in new[] { (oldPath, FileChangeTypes.Deleted), (newPath, FileChangeTypes.Created) })
                {
                    MutationResult result = context.Session.ApplyFileEvent(Path.GetFullPath(path), type);
                    affected.AddRange(result.Affected);
                    all |= result.AllNotes;
                }
            }

            return new MutationResult(affected, all);
        });

    private List<(VaultWorkspace Workspace, List<CoreFileRename> Renames)> GroupByWorkspace(ServerState state, FileRenameEvent[] files)
    {
        var groups = new List<(VaultWorkspace Workspace, List<CoreFileRename> Renames)>();
        foreach (FileRenameEvent file in files)
        {
            string? oldPath = Uris.TryToPath(file.OldUri, out string? oldError);
            string? newPath = Uris.TryToPath(file.NewUri, out string? newError);
            VaultWorkspace? workspace = oldPath is null ? null : state.FindWorkspace(Path.GetFullPath(oldPath));
            string? oldRelative = workspace is null ? null : VaultLoader.ToRelativePath(workspace.RootPath, Path.GetFullPath(oldPath!));
            string? newRelative = workspace is null || newPath is null ? null : VaultLoader.ToRelativePath(workspace.RootPath, Path.GetFullPath(newPath));
            if (oldRelative is null || newRelative is null)
            {
                // NOTE: a file moved out of its vault keeps its links as they are, since no vault path can name it.
                context.Logger.Debug(Methods.WorkspaceWillRenameFiles, $"Skipped {file.OldUri} -> {file.NewUri}: {oldError ?? newError ?? "not inside one vault"}");
                continue;
            }

            int index = groups.FindIndex(g => ReferenceEquals(g.Workspace, workspace));
            if (index < 0)
            {
                groups.Add((workspace!, []));
                index = groups.Count - 1;
            }

            groups[index].Renames.Add(new CoreFileRename(oldRelative, newRelative));
        }

        return groups;
    }

    /// <summary>
    /// Rejects a note rename onto a file that exists on disk without being a note of the vault,
    /// such as an ignored file. The editor would refuse that rename only after it applied the
    /// link edits, so the check runs before the edit is sent. A rename that changes only the case
    /// or Unicode form of the note's own name passes.
    /// </summary>
    private static void ThrowIfTargetExists(VaultEdit edit, VaultWorkspace workspace)
    {
        foreach (RenameFile rename in edit.Operations.OfType<RenameFile>())
        {
            bool sameFile = string.Equals(NotePaths.ToKey(rename.OldPath), NotePaths.ToKey(rename.NewPath), StringComparison.Ordinal);
            if (!sameFile && VaultEditApplier.Exists(workspace.RootPath, rename.NewPath))
            {
                throw Rejected($"A file already exists at '{rename.NewPath}' (it is not a note of the vault, for example an ignored file): choose another name, because a rename never overwrites a file.");
            }
        }
    }

    private static LocalRpcException Rejected(string message) => new(message) { ErrorCode = ErrorCodes.RequestFailed };
}
