using System.Globalization;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Edits;
using NoteLsp.Core.Templates;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features.CodeActions;

/// <summary>
/// Offers the fixes for a note's diagnostics: creating a missing note from a template,
/// correcting link names, repairing double-encoded text and the metadata and review fixes.
/// </summary>
public sealed class CodeActionService
{
    internal const string FixKey = "fix";
    internal const string NoteKey = "note";
    internal const string StartKey = "start";
    internal const string TargetKey = "target";

    private readonly TemplateCatalog _templates;

    public CodeActionService(TemplateCatalog templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _templates = templates;
    }

    /// <summary>Returns the actions for the diagnostics of <paramref name="request"/> that touch its span, in diagnostic order. An empty list when there are none.</summary>
    public IReadOnlyList<CodeAction> GetActions(CodeActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var actions = new List<CodeAction>();
        foreach (NoteDiagnostic diagnostic in request.Diagnostics)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!Touches(diagnostic, request))
            {
                continue;
            }

            AddFixes(request, diagnostic, actions);
        }

        return actions;
    }

    /// <summary>
    /// Computes the edit of an action returned with <see cref="CodeAction.ResolveData"/>, against
    /// <paramref name="vault"/> as it is now. Returns the action unchanged when it needs no
    /// resolving, or with a null edit when what it fixed is gone.
    /// </summary>
    public CodeAction Resolve(VaultSnapshot vault, CodeAction action, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vault);
        ArgumentNullException.ThrowIfNull(action);

        IReadOnlyDictionary<string, string>? data = action.ResolveData;
        if (action.Edit is not null || data is null
            || !data.TryGetValue(FixKey, out string? fix)
            || !data.TryGetValue(NoteKey, out string? notePath)
            || vault.FindNote(notePath) is not { } note)
        {
            return action;
        }

        cancellationToken.ThrowIfCancellationRequested();
        VaultEdit? edit = fix switch
        {
            LinkFixes.CreateNoteFix when data.TryGetValue(StartKey, out string? start)
                && int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out int linkStart)
                && data.TryGetValue(TargetKey, out string? target)
                => LinkFixes.ResolveCreateNote(vault, _templates, note, linkStart, target, today),
            EncodingFixes.RepairFix => EncodingFixes.CreateRepairEdit(note),
            _ => null,
        };
        return action with { Edit = edit };
    }

    private void AddFixes(CodeActionRequest request, NoteDiagnostic diagnostic, List<CodeAction> actions)
    {
        string code = diagnostic.Code;
        if (code == DiagnosticCodes.BrokenLink.Code)
        {
            LinkFixes.AddBrokenLinkFixes(request, _templates, diagnostic, actions);
        }
        else if (code == DiagnosticCodes.BrokenHeading.Code)
        {
            LinkFixes.AddHeadingFixes(request, diagnostic, actions);
        }
        else if (code == DiagnosticCodes.AmbiguousLink.Code)
        {
            LinkFixes.AddAmbiguousLinkFixes(request, diagnostic, actions);
        }
        else if (code == DiagnosticCodes.AliasUsedAsTarget.Code)
        {
            LinkFixes.AddAliasFixes(request, diagnostic, actions);
        }
        else if (code == DiagnosticCodes.DoubleEncoded.Code)
        {
            EncodingFixes.AddRepair(request, diagnostic, actions);
        }
        else if (code == DiagnosticCodes.InvalidRating.Code)
        {
            MetadataFixes.AddRatingFixes(request, diagnostic, actions);
        }
        else if (code == DiagnosticCodes.WrongFieldType.Code)
        {
            MetadataFixes.AddTagListFix(request, diagnostic, actions);
        }
        else if (code == DiagnosticCodes.MissingRequiredField.Code)
        {
            MetadataFixes.AddMissingFieldFixes(request, diagnostic, actions);
        }
        else if (code == DiagnosticCodes.ReviewOverdue.Code)
        {
            ReviewFixes.AddOverdueFixes(request, diagnostic, actions);
        }
    }

    private static bool Touches(NoteDiagnostic diagnostic, CodeActionRequest request) =>
        diagnostic.Span.Start <= request.Span.End && request.Span.Start <= diagnostic.Span.End;
}
