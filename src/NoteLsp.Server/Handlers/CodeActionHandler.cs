using NoteLsp.Core.Checks;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Features.CodeActions;
using NoteLsp.Core.Text;
using NoteLsp.Server.Conversion;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Rpc;
using StreamJsonRpc;
using CoreCodeAction = NoteLsp.Core.Features.CodeActions.CodeAction;
using LspCodeAction = NoteLsp.Server.Protocol.CodeAction;

namespace NoteLsp.Server.Handlers;

/// <summary>Quick fixes (<c>textDocument/codeAction</c>) and their deferred edits (<c>codeAction/resolve</c>).</summary>
public sealed class CodeActionHandler(HandlerContext context, TemplateCatalogCache templates)
{
    [JsonRpcMethod(Methods.TextDocumentCodeAction, UseSingleObjectParameterDeserialization = true)]
    public Task<LspCodeAction[]> CodeActionAsync(CodeActionParams request, CancellationToken cancellationToken) =>
        context.ReadNoteAsync(Methods.TextDocumentCodeAction, request.TextDocument.Uri, Array.Empty<LspCodeAction>(), (note, state, token) =>
        {
            // The note is checked again rather than trusting the client's copy of the diagnostics,
            // because some clients send none or drop their data, which the fixes need.
            SourceText text = note.Note.Text;
            DateOnly today = context.Options.Today();
            IReadOnlyList<NoteDiagnostic> diagnostics = NoteChecker.Check(note.Vault, note.Note, new CheckOptions(today));
            var coreRequest = new CodeActionRequest(note.Vault, note.Note, Positions.ToSpan(text, request.Range), diagnostics, today, SupportsResolve());

            IReadOnlyList<CoreCodeAction> actions = new CodeActionService(templates.Get(note.Workspace, state.Settings)).GetActions(coreRequest, token);

            return actions
                .Where(a => IsRequested(a.Kind, request.Context.Only))
                .Select(a => CodeActionConversion.ToLsp(a, note, state, request.Context.Diagnostics))
                .OfType<LspCodeAction>()
                .ToArray();
        }, cancellationToken);

    /// <summary>Computes the edit of an action sent without one. Fails with RequestFailed when what it fixed is gone.</summary>
    [JsonRpcMethod(Methods.CodeActionResolve, UseSingleObjectParameterDeserialization = true)]
    public Task<LspCodeAction> ResolveAsync(LspCodeAction action, CancellationToken cancellationToken)
    {
        Dictionary<string, string>? data = CodeActionConversion.ReadData(action);
        string uri = data?.GetValueOrDefault(CodeActionConversion.UriKey) ?? string.Empty;
        return context.ReadNoteAsync(Methods.CodeActionResolve, uri, action, (note, state, token) =>
        {
            if (data is null || action.Edit is not null)
            {
                return action;
            }

            var pending = new CoreCodeAction(action.Title, action.Kind ?? CodeActionKinds.QuickFix, [], action.IsPreferred == true, null, data);
            CoreCodeAction resolved = new CodeActionService(templates.Get(note.Workspace, state.Settings)).Resolve(note.Vault, pending, context.Options.Today(), token);
            WorkspaceEdit? edit = resolved.Edit is null ? null : WorkspaceEditConversion.ToLsp(resolved.Edit, note.Workspace, state);
            return edit is null
                ? throw new LocalRpcException($"'{action.Title}' no longer applies: the note or the file changed since the action was offered.") { ErrorCode = ErrorCodes.RequestFailed }
                : action with { Edit = edit };
        }, cancellationToken);
    }

    private bool SupportsResolve() =>
        context.Session.ClientCapabilities.TextDocument?.CodeAction?.ResolveSupport?.Properties is { } properties
        && properties.Contains("edit", StringComparer.Ordinal);

    /// <summary>Whether <paramref name="kind"/> is one of the kinds asked for, or below one of them ("quickfix" covers "quickfix.x").</summary>
    private static bool IsRequested(string kind, string[]? only) =>
        only is null || only.Length == 0 || only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));
}
