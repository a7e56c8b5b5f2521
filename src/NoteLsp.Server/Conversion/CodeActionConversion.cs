using System.Text.Json;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Text;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Rpc;
using NoteLsp.Server.Session;
using CoreCodeAction = NoteLsp.Core.Features.CodeActions.CodeAction;

namespace NoteLsp.Server.Conversion;

/// <summary>Converts code actions between Core and LSP, and the client's diagnostics back to Core diagnostics.</summary>
public static class CodeActionConversion
{
    /// <summary>The key in <see cref="CodeAction.Data"/> that contains the note's URI, beside Core's resolve data.</summary>
    public const string UriKey = "uri";

    /// <summary>Returns the diagnostics of NoteLsp among <paramref name="diagnostics"/> as Core diagnostics of the note whose text is <paramref name="text"/>.</summary>
    public static IReadOnlyList<NoteDiagnostic> FromLsp(IEnumerable<Diagnostic> diagnostics, SourceText text) =>
        diagnostics
            .Where(d => d.Source == DiagnosticConversion.Source && !string.IsNullOrEmpty(d.Code))
            .Select(d => new NoteDiagnostic(
                d.Code,
                Enum.IsDefined(typeof(DiagnosticSeverity), d.Severity) ? (DiagnosticSeverity)d.Severity : DiagnosticSeverity.Error,
                Positions.ToSpan(text, d.Range),
                d.Message,
                Data: d.Data))
            .ToArray();

    /// <summary>Returns the LSP form of <paramref name="action"/>. The original LSP diagnostics are sent back so that the client matches them.</summary>
    public static CodeAction? ToLsp(CoreCodeAction action, NoteContext note, ServerState state, IReadOnlyList<Diagnostic> clientDiagnostics)
    {
        WorkspaceEdit? edit = null;
        if (action.Edit is not null)
        {
            edit = WorkspaceEditConversion.ToLsp(action.Edit, note.Workspace, state);
            if (edit is null)
            {
                return null;
            }
        }

        Diagnostic[] fixes = clientDiagnostics
            .Where(d => action.Diagnostics.Any(c => c.Code == d.Code && c.Span == Positions.ToSpan(note.Note.Text, d.Range)))
            .ToArray();
        JsonElement? data = null;
        if (action.ResolveData is { } resolveData)
        {
            var values = new Dictionary<string, string>(resolveData) { [UriKey] = note.Uri };
            data = JsonSerializer.SerializeToElement(values, LspConnection.SerializerOptions);
        }

        return new CodeAction(action.Title, action.Kind, fixes.Length > 0 ? fixes : null, action.IsPreferred ? true : null, edit, data);
    }

    /// <summary>Reads back what <see cref="ToLsp"/> put in <see cref="CodeAction.Data"/>. Null when it contains no NoteLsp data.</summary>
    public static Dictionary<string, string>? ReadData(CodeAction action)
    {
        if (action.Data is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonProperty property in data.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                values[property.Name] = property.Value.GetString()!;
            }
        }

        return values.ContainsKey(UriKey) ? values : null;
    }
}
