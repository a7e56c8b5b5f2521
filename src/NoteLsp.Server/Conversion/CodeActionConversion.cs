using System.Text.Json;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Rpc;
using NoteLsp.Server.Session;
using CoreCodeAction = NoteLsp.Core.Features.CodeActions.CodeAction;

namespace NoteLsp.Server.Conversion;

/// <summary>Converts code actions from Core to LSP, and reads back the data that <c>codeAction/resolve</c> needs.</summary>
public static class CodeActionConversion
{
    /// <summary>The key in <see cref="CodeAction.Data"/> that contains the note's URI, beside Core's resolve data.</summary>
    public const string UriKey = "uri";

    /// <summary>Returns the LSP form of <paramref name="action"/>, or null when its edit cannot be expressed in the workspace.</summary>
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

        // The client's own diagnostic objects go back when they match, so that the client links the fix to them.
        Diagnostic[] fixes = action.Diagnostics
            .Select(c => clientDiagnostics.FirstOrDefault(d => d.Code == c.Code && Positions.ToSpan(note.Note.Text, d.Range) == c.Span)
                ?? DiagnosticConversion.ToLsp(c, note.Note.Text, path => state.FindNoteText(note.Workspace, path)))
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
