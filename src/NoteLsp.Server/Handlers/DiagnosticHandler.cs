using NoteLsp.Server.Protocol;
using NoteLsp.Server.Session;
using StreamJsonRpc;

namespace NoteLsp.Server.Handlers;

/// <summary>Pull diagnostics (<c>textDocument/diagnostic</c>, <c>workspace/diagnostic</c>) for clients that ask for them instead of receiving pushes.</summary>
public sealed class DiagnosticHandler(HandlerContext context)
{
    [JsonRpcMethod(Methods.TextDocumentDiagnostic, UseSingleObjectParameterDeserialization = true)]
    public Task<FullDocumentDiagnosticReport> DocumentDiagnosticAsync(DocumentDiagnosticParams request, CancellationToken cancellationToken) =>
        context.ReadNoteAsync(
            Methods.TextDocumentDiagnostic,
            request.TextDocument.Uri,
            new FullDocumentDiagnosticReport([]),
            (note, state, _) => new FullDocumentDiagnosticReport(DiagnosticsPublisher.Check(state, note, context.Options.Today())),
            cancellationToken);

    /// <summary>Returns a full report for every note in scope: the whole vault, or only open notes under the openNotes scope.</summary>
    [JsonRpcMethod(Methods.WorkspaceDiagnostic, UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceDiagnosticReport> WorkspaceDiagnosticAsync(WorkspaceDiagnosticParams request, CancellationToken cancellationToken) =>
        context.ReadAsync(Methods.WorkspaceDiagnostic, null, (state, token) =>
        {
            _ = request;
            DateOnly today = context.Options.Today();
            var items = new List<WorkspaceFullDocumentDiagnosticReport>();
            foreach (VaultWorkspace workspace in state.Workspaces)
            {
                foreach (Core.Notes.Note note in workspace.Vault.Notes.OrderBy(n => n.Path, StringComparer.Ordinal))
                {
                    token.ThrowIfCancellationRequested();
                    NoteContext located = state.TryLocate(new NoteKey(workspace.RootPath, note.Path))!;
                    if (state.Settings.Scope == DiagnosticsScope.OpenNotes && located.Document is null)
                    {
                        continue;
                    }

                    items.Add(new WorkspaceFullDocumentDiagnosticReport(located.Uri, located.Document?.Version, DiagnosticsPublisher.Check(state, located, today)));
                }
            }

            return new WorkspaceDiagnosticReport([.. items]);
        }, cancellationToken);
}
