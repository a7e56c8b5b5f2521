using System.Text;
using System.Text.Json;
using NoteLsp.Core.Text;
using NoteLsp.Server.Conversion;

namespace NoteLsp.Server.Tests.Infrastructure;

/// <summary>
/// Applies an LSP <c>WorkspaceEdit</c> with <c>documentChanges</c> to files on disk, as an editor
/// does: a create honours <c>overwrite</c> and <c>ignoreIfExists</c>, and text edits use ranges
/// of the text before the edit.
/// </summary>
public static class WorkspaceEditFiles
{
    public static void Apply(JsonElement workspaceEdit)
    {
        foreach (JsonElement change in workspaceEdit.GetProperty("documentChanges").EnumerateArray())
        {
            if (change.TryGetProperty("kind", out JsonElement kind))
            {
                ApplyResourceOperation(kind.GetString()!, change);
            }
            else
            {
                ApplyTextEdits(change);
            }
        }
    }

    private static void ApplyResourceOperation(string kind, JsonElement change)
    {
        JsonElement options = change.GetProperty("options");
        bool overwrite = options.GetProperty("overwrite").GetBoolean();
        bool ignoreIfExists = options.GetProperty("ignoreIfExists").GetBoolean();
        switch (kind)
        {
            case "create":
                string path = ToPath(change.GetProperty("uri"));
                if (File.Exists(path) && !overwrite)
                {
                    if (ignoreIfExists)
                    {
                        return;
                    }

                    throw new IOException($"{path} exists.");
                }

                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, string.Empty);
                break;
            case "rename":
                File.Move(ToPath(change.GetProperty("oldUri")), ToPath(change.GetProperty("newUri")), overwrite);
                break;
            default:
                throw new InvalidOperationException($"Unexpected resource operation '{kind}'.");
        }
    }

    private static void ApplyTextEdits(JsonElement change)
    {
        string path = ToPath(change.GetProperty("textDocument").GetProperty("uri"));
        var text = SourceText.From(File.ReadAllText(path));
        var edits = new List<TextChange>();
        foreach (JsonElement edit in change.GetProperty("edits").EnumerateArray())
        {
            JsonElement range = edit.GetProperty("range");
            var span = text.GetSpan(new LineRange(ToPosition(range.GetProperty("start")), ToPosition(range.GetProperty("end"))));
            edits.Add(new TextChange(span, edit.GetProperty("newText").GetString()!));
        }

        // Later spans first, so that each edit's span still refers to the original text.
        SourceText result = text.WithChanges(edits.OrderByDescending(e => e.Span.Start));
        File.WriteAllText(path, result.Content, new UTF8Encoding(false));
    }

    private static LinePosition ToPosition(JsonElement position) =>
        new(position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32());

    private static string ToPath(JsonElement uri) =>
        Uris.TryToPath(uri.GetString(), out string? error) ?? throw new InvalidOperationException(error);
}
