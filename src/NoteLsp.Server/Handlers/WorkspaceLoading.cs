using System.Diagnostics;
using NoteLsp.Server.Conversion;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Session;
using StreamJsonRpc;

namespace NoteLsp.Server.Handlers;

/// <summary>Loads workspace folders into vaults on the thread pool, reporting <c>$/progress</c> when the client supports it.</summary>
public static class WorkspaceLoading
{
    /// <summary>Loads <paramref name="folders"/> and adds them to the state; folders with a URI the server cannot serve are logged and skipped.</summary>
    public static async Task LoadAsync(HandlerContext context, IReadOnlyList<WorkspaceFolder> folders, CancellationToken cancellationToken)
    {
        if (folders.Count == 0)
        {
            return;
        }

        string? token = await BeginProgressAsync(context, folders.Count).ConfigureAwait(false);
        var loaded = new List<VaultWorkspace>();
        for (int i = 0; i < folders.Count; i++)
        {
            string? root = Uris.TryToPath(folders[i].Uri, out string? error);
            if (root is null)
            {
                context.Logger.Warning("Workspace", $"Skipped the workspace folder: {error}");
                continue;
            }

            root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
            long start = Stopwatch.GetTimestamp();
            string name = folders[i].Name;
            VaultWorkspace workspace = await Task.Run(() => WorkspaceLoader.LoadFolder(root, name, cancellationToken), cancellationToken).ConfigureAwait(false);
            loaded.Add(workspace);
            int links = workspace.Vault.Notes.Sum(n => n.Links.Count);
            context.Logger.Information("Workspace", $"Loaded {root}: {workspace.Vault.NoteCount} notes, {links} links in {LifecycleHandler.ElapsedMilliseconds(start)} ms.");
            await ReportProgressAsync(context, token, $"{i + 1}/{folders.Count} folders", (i + 1) * 100 / folders.Count).ConfigureAwait(false);
        }

        context.Session.AddWorkspaces(loaded);
        context.Diagnostics.ScheduleAll();
        foreach (VaultWorkspace workspace in loaded)
        {
            // Completion caches per-note keys; filling them now keeps the first completion fast.
            _ = Task.Run(() => Core.Features.Completion.CompletionService.Prepare(workspace.Vault, cancellationToken), cancellationToken);
        }

        await EndProgressAsync(context, token).ConfigureAwait(false);
    }

    private static async Task<string?> BeginProgressAsync(HandlerContext context, int folderCount)
    {
        if (context.Session.ClientCapabilities.Window?.WorkDoneProgress != true)
        {
            return null;
        }

        string token = "notelsp-load-" + Guid.NewGuid().ToString("N");
        try
        {
            await context.Connection.RequestAsync<object?>(Methods.WindowWorkDoneProgressCreate, new WorkDoneProgressCreateParams(token), CancellationToken.None).ConfigureAwait(false);
            await context.Connection.NotifyAsync(Methods.Progress, new ProgressParams(token, new WorkDoneProgressBegin("Loading notes", $"{folderCount} folders", 0))).ConfigureAwait(false);
            return token;
        }
        catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException or ObjectDisposedException)
        {
            context.Logger.Debug("Workspace", $"No progress report: the client rejected the progress token ({e.Message}).");
            return null;
        }
    }

    private static Task ReportProgressAsync(HandlerContext context, string? token, string message, int percentage) =>
        token is null ? Task.CompletedTask : context.Connection.NotifyAsync(Methods.Progress, new ProgressParams(token, new WorkDoneProgressReport(message, percentage)));

    private static Task EndProgressAsync(HandlerContext context, string? token) =>
        token is null ? Task.CompletedTask : context.Connection.NotifyAsync(Methods.Progress, new ProgressParams(token, new WorkDoneProgressEnd("Notes loaded")));
}
