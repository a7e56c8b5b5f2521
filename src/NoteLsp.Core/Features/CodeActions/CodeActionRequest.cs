using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features.CodeActions;

/// <summary>Where code actions are asked for, and what is known there.</summary>
/// <param name="Span">The selection or cursor in <see cref="Note"/>.</param>
/// <param name="Diagnostics">The note's diagnostics, with their data. Those that touch <see cref="Span"/> get fixes.</param>
/// <param name="Today">The date fixes write as "today".</param>
/// <param name="DeferEdits">Whether costly edits are left for <see cref="CodeActionService.Resolve"/>. False computes every edit now.</param>
public sealed record CodeActionRequest(
    VaultSnapshot Vault,
    Note Note,
    TextSpan Span,
    IReadOnlyList<NoteDiagnostic> Diagnostics,
    DateOnly Today,
    bool DeferEdits = false);
