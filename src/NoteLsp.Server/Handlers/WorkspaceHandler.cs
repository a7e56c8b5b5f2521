using NoteLsp.Server.Conversion;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Session;
using StreamJsonRpc;

namespace NoteLsp.Server.Handlers;

/// <summary>Changes from outside the editor: watched files, workspace folders and settings.</summary>
public sealed class WorkspaceHandler(HandlerContext context)
{
    /// <summary>Applies created, changed and deleted files in order; a rename arrives as a delete and a create.</summary>
    [JsonRpcMethod(Methods.WorkspaceDidChangeWatchedFiles, UseSingleObjectParameterDeserialization = true)]
    public Task DidChangeWatchedFilesAsync(DidChangeWatchedFilesParams request) =>
        context.MutateAsync(Methods.WorkspaceDidChangeWatchedFiles, null, () =>
        {
            var affected = new List<NoteKey>();
            bool all = false;
            foreach (FileEvent change in request.Changes)
            {
                string? path = Uris.TryToPath(change.Uri, out string? error);
                if (path is null)
                {
                    context.Logger.Debug(Methods.WorkspaceDidChangeWatchedFiles, $"Skipped: {error}");
                    continue;
                }

                MutationResult result = context.Session.ApplyFileEvent(Path.GetFullPath(path), change.Type);
                affected.AddRange(result.Affected);
                all |= result.AllNotes;
            }

            return new MutationResult(affected, all);
        });

    [JsonRpcMethod(Methods.WorkspaceDidChangeWorkspaceFolders, UseSingleObjectParameterDeserialization = true)]
    public Task DidChangeWorkspaceFoldersAsync(DidChangeWorkspaceFoldersParams request)
    {
        if (!context.Session.IsInitialized)
        {
            return Task.CompletedTask;
        }

        return context.Queue.EnqueueMutation(async () =>
        {
            foreach (WorkspaceFolder removed in request.Event.Removed)
            {
                RemoveFolder(removed);
            }

            await WorkspaceLoading.LoadAsync(context, request.Event.Added, CancellationToken.None).ConfigureAwait(false);
        });
    }

    [JsonRpcMethod(Methods.WorkspaceDidChangeConfiguration, UseSingleObjectParameterDeserialization = true)]
    public Task DidChangeConfigurationAsync(DidChangeConfigurationParams request)
    {
        if (!context.Session.IsInitialized)
        {
            return Task.CompletedTask;
        }

        return context.Queue.EnqueueMutation(async () =>
        {
            // Clients that support workspace/configuration send an empty notification as a hint to ask again.
            bool scopeChanged = context.Session.ClientCapabilities.Workspace?.Configuration == true
                ? await ConfigurationReader.RefreshAsync(context).ConfigureAwait(false)
                : ConfigurationReader.Apply(context, ReadSection(request));
            if (scopeChanged)
            {
                context.Diagnostics.ScheduleAll();
            }
        });
    }

    private void RemoveFolder(WorkspaceFolder folder)
    {
        string? root = Uris.TryToPath(folder.Uri, out _);
        if (root is null)
        {
            return;
        }

        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        ServerState state = context.Session.State;
        VaultWorkspace? workspace = state.FindWorkspaceByRoot(root);
        if (workspace is null)
        {
            return;
        }

        context.Session.SetWorkspaces(state.Workspaces.Remove(workspace));
        context.Diagnostics.Schedule(workspace.Vault.Notes.Select(n => new NoteKey(root, n.Path)));
        context.Logger.Information("Workspace", $"Removed the workspace folder {root}.");
    }

    private static System.Text.Json.JsonElement? ReadSection(DidChangeConfigurationParams request) =>
        request.Settings is { ValueKind: System.Text.Json.JsonValueKind.Object } settings && settings.TryGetProperty("notelsp", out var section)
            ? section
            : request.Settings;
}
