using NoteLsp.Core.Features;
using NoteLsp.Server.Conversion;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Session;
using StreamJsonRpc;

namespace NoteLsp.Server.Handlers;

/// <summary><c>workspace/symbol</c>: notes, headings and aliases of every vault, matched fuzzily.</summary>
public sealed class WorkspaceSymbolHandler(HandlerContext context)
{
    [JsonRpcMethod(Methods.WorkspaceSymbol, UseSingleObjectParameterDeserialization = true)]
    public Task<SymbolInformation[]> WorkspaceSymbolAsync(WorkspaceSymbolParams request, CancellationToken cancellationToken) =>
        context.ReadAsync(Methods.WorkspaceSymbol, null, (state, token) =>
        {
            var symbols = new List<SymbolInformation>();
            foreach (VaultWorkspace workspace in state.Workspaces)
            {
                foreach (WorkspaceSymbol symbol in SymbolService.Search(workspace.Vault, request.Query ?? string.Empty, token))
                {
                    Location location = Locations.ToLsp(state, workspace, new NoteLocation(symbol.NotePath, symbol.Span));
                    symbols.Add(new SymbolInformation(symbol.Name, ToKind(symbol.Kind), location, symbol.Container));
                }
            }

            return symbols.Take(SymbolService.MaxWorkspaceSymbols).ToArray();
        }, cancellationToken);

    private static int ToKind(NoteSymbolKind kind) => kind switch
    {
        NoteSymbolKind.Note => SymbolKinds.File,
        NoteSymbolKind.Heading => SymbolKinds.Text,
        _ => SymbolKinds.Key,
    };
}
