using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Edits;

namespace NoteLsp.Core.Features.CodeActions;

/// <summary>
/// A fix or refactoring offered at a place in a note. Either <see cref="Edit"/> is set, or
/// <see cref="ResolveData"/> is, and <see cref="CodeActionService.Resolve"/> computes the edit
/// when the user picks the action.
/// </summary>
/// <param name="Title">The text the editor shows, such as "Create note 'docker-images-layers'".</param>
/// <param name="Kind">One of <see cref="CodeActionKinds"/>.</param>
/// <param name="Diagnostics">The diagnostics the action fixes.</param>
/// <param name="IsPreferred">Whether the editor may apply the action for "auto fix".</param>
/// <param name="ResolveData">What <see cref="CodeActionService.Resolve"/> needs to compute the edit later. String values only, so it survives JSON.</param>
public sealed record CodeAction(
    string Title,
    string Kind,
    IReadOnlyList<NoteDiagnostic> Diagnostics,
    bool IsPreferred,
    VaultEdit? Edit,
    IReadOnlyDictionary<string, string>? ResolveData = null);

/// <summary>Code action kinds, spelled as LSP spells them.</summary>
public static class CodeActionKinds
{
    public const string QuickFix = "quickfix";
}
