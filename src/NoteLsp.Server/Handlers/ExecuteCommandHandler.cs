using System.Text.Json;
using NoteLsp.Core.Templates;
using NoteLsp.Server.Conversion;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Rpc;
using NoteLsp.Server.Session;
using StreamJsonRpc;

namespace NoteLsp.Server.Handlers;

/// <summary>
/// <c>workspace/executeCommand</c> for <c>notelsp.newNote</c>: plans the note, sends the client a
/// <c>workspace/applyEdit</c> request that creates it, and returns its URI so that the client can open it.
/// </summary>
public sealed class ExecuteCommandHandler(HandlerContext context, TemplateCatalogCache templates)
{
    public static IReadOnlyList<string> Commands { get; } = [Methods.NewNoteCommand];

    [JsonRpcMethod(Methods.WorkspaceExecuteCommand, UseSingleObjectParameterDeserialization = true)]
    public async Task<Protocol.NewNoteResult> ExecuteCommandAsync(ExecuteCommandParams request, CancellationToken cancellationToken)
    {
        context.ThrowIfNotInitialized();
        if (request.Command != Methods.NewNoteCommand)
        {
            throw new LocalRpcException($"Unknown command '{request.Command}': the server runs {string.Join(", ", Commands)}.") { ErrorCode = ErrorCodes.InvalidParams };
        }

        NewNoteArguments arguments = ReadArguments(request);
        (WorkspaceEdit edit, string uri) = await context.ReadAsync(Methods.WorkspaceExecuteCommand, null, (state, _) => Plan(state, arguments), cancellationToken).ConfigureAwait(false);

        var parameters = new ApplyWorkspaceEditParams($"Create note '{arguments.Name}'", edit);
        ApplyWorkspaceEditResult result = await context.Connection.RequestAsync<ApplyWorkspaceEditResult>(Methods.WorkspaceApplyEdit, parameters, cancellationToken).ConfigureAwait(false);
        if (!result.Applied)
        {
            throw Failed($"The editor did not create the note: {result.FailureReason ?? "it gave no reason"}.");
        }

        context.Logger.Information(Methods.WorkspaceExecuteCommand, $"Created {uri}.");
        return new Protocol.NewNoteResult(uri);
    }

    private (WorkspaceEdit Edit, string Uri) Plan(ServerState state, NewNoteArguments arguments)
    {
        VaultWorkspace workspace = FindWorkspace(state, arguments.Folder);
        TemplateCatalog catalog = templates.Get(workspace, state.Settings);
        Core.Templates.NewNoteResult planned = NewNoteService.Plan(workspace.Vault, catalog, new NewNoteRequest(arguments.Name, arguments.Template, null, null, context.Options.Today()));
        if (planned.Plan is null)
        {
            throw Failed($"Cannot create '{arguments.Name}': {planned.Error}");
        }

        WorkspaceEdit edit = WorkspaceEditConversion.ToLsp(planned.Plan.Edit, workspace, state)
            ?? throw Failed($"Cannot create '{planned.Plan.Path}': a file with that name exists already.");
        return (edit, Uris.FromPath(Core.Vault.VaultLoader.ToFullPath(workspace.RootPath, planned.Plan.Path)));
    }

    private static VaultWorkspace FindWorkspace(ServerState state, string? folderUri)
    {
        if (folderUri is null)
        {
            return state.Workspaces.FirstOrDefault(w => !w.IsSingleFile)
                ?? throw Failed("No workspace folder is open: open the vault's folder to create notes in it.");
        }

        string? path = Uris.TryToPath(folderUri, out string? error);
        VaultWorkspace? workspace = path is null ? null : state.FindWorkspaceByRoot(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
        return workspace ?? throw Failed(error ?? $"'{folderUri}' is not an open workspace folder.");
    }

    private static NewNoteArguments ReadArguments(ExecuteCommandParams request)
    {
        NewNoteArguments? arguments = null;
        if (request.Arguments is [{ ValueKind: JsonValueKind.Object } first, ..])
        {
            try
            {
                arguments = first.Deserialize<NewNoteArguments>(LspConnection.SerializerOptions);
            }
            catch (JsonException)
            {
                // Reported below with the expected shape.
            }
        }

        if (arguments is null || string.IsNullOrWhiteSpace(arguments.Name))
        {
            throw new LocalRpcException($"{Methods.NewNoteCommand} takes one argument {{ \"name\": \"note-name\", \"template\"?: \"concept\" }}.") { ErrorCode = ErrorCodes.InvalidParams };
        }

        return arguments;
    }

    private static LocalRpcException Failed(string message) => new(message) { ErrorCode = ErrorCodes.RequestFailed };
}
