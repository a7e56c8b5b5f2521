using System.Text.Json;
using NoteLsp.Core.Text;
using NoteLsp.Server.Conversion;

namespace NoteLsp.Server.Tests.Features;

/// <summary>
/// Applies an LSP <c>WorkspaceEdit</c> with <c>documentChanges</c> to files on disk, as an editor
/// does: in order, text edits against the file's current text, renames that fail instead of overwriting.
/// </summary>
internal static class WorkspaceEditApplier
{
    /// <summary>Applies <paramref name="edit"/> and returns the renames it made as (old URI, new URI).</summary>
    public static List<(string OldUri, string NewUri)> Apply(JsonElement edit)
    {
        var renames = new List<(string OldUri, string NewUri)>();
        foreach (JsonElement change in edit.GetProperty("documentChanges").EnumerateArray())
        {
            if (change.TryGetProperty("kind", out JsonElement kind))
            {
                Assert.Equal("rename", kind.GetString());
                Assert.False(change.GetProperty("options").GetProperty("overwrite").GetBoolean());
                string oldUri = change.GetProperty("oldUri").GetString()!;
                string newUri = change.GetProperty("newUri").GetString()!;
                File.Move(ToPath(oldUri), ToPath(newUri), overwrite: false);
                renames.Add((oldUri, newUri));
                continue;
            }

            string path = ToPath(change.GetProperty("textDocument").GetProperty("uri").GetString()!);
            File.WriteAllText(path, ApplyText(File.ReadAllText(path), change.GetProperty("edits")));
        }

        return renames;
    }

    private static string ApplyText(string content, JsonElement edits)
    {
        SourceText text = SourceText.From(content);
        var spans = new List<(TextSpan Span, string NewText)>();
        foreach (JsonElement edit in edits.EnumerateArray())
        {
            JsonElement range = edit.GetProperty("range");
            var start = new LinePosition(range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("start").GetProperty("character").GetInt32());
            var end = new LinePosition(range.GetProperty("end").GetProperty("line").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32());
            spans.Add((text.GetSpan(new LineRange(start, end)), edit.GetProperty("newText").GetString()!));
        }

        foreach (var (span, newText) in spans.OrderByDescending(s => s.Span.Start))
        {
            content = string.Concat(content.AsSpan(0, span.Start), newText, content.AsSpan(span.End));
        }

        return content;
    }

    private static string ToPath(string uri) => Uris.TryToPath(uri, out string? error) ?? throw new InvalidOperationException(error);
}
