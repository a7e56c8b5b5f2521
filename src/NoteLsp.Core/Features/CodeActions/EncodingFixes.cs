using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Edits;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;

namespace NoteLsp.Core.Features.CodeActions;

/// <summary>The fix for double-encoded text: one edit per repaired run, computed on resolve because it reads the whole note.</summary>
internal static class EncodingFixes
{
    public const string RepairFix = "repair-encoding";

    private const string Title = "Repair double-encoded text (UTF-8 read as Windows-1252)";

    public static void AddRepair(CodeActionRequest request, NoteDiagnostic diagnostic, List<CodeAction> actions)
    {
        if (request.DeferEdits)
        {
            var data = new Dictionary<string, string>
            {
                [CodeActionService.FixKey] = RepairFix,
                [CodeActionService.NoteKey] = request.Note.Path,
            };
            actions.Add(new CodeAction(Title, CodeActionKinds.QuickFix, [diagnostic], true, null, data));
            return;
        }

        VaultEdit? edit = CreateRepairEdit(request.Note);
        if (edit is not null)
        {
            actions.Add(new CodeAction(Title, CodeActionKinds.QuickFix, [diagnostic], true, edit));
        }
    }

    /// <summary>Returns the edit that repairs <paramref name="note"/>, or null when nothing in it can be repaired.</summary>
    public static VaultEdit? CreateRepairEdit(Note note)
    {
        IReadOnlyList<TextChange> changes = MojibakeRepair.FindRepairs(note.Text.Content);
        if (changes.Count == 0)
        {
            return null;
        }

        NoteTextEdit[] edits = changes.Select(c => new NoteTextEdit(c.Span, c.NewText)).ToArray();
        return new VaultEdit([new NoteTextEdits(note.Path, edits)]);
    }
}
