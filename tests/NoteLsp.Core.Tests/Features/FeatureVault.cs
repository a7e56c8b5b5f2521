using NoteLsp.Core.Config;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Parsing;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Tests.Features;

/// <summary>
/// Builds a vault snapshot from note texts with the real parser. A note text may hold one
/// <c>$$</c> cursor marker, which is removed and whose offset <see cref="Cursor"/> returns.
/// </summary>
internal sealed class FeatureVault
{
    public const string CursorMarker = "$$";

    private readonly List<Note> _notes = [];
    private readonly List<string> _attachments = [];
    private readonly Dictionary<string, int> _cursors = new(StringComparer.Ordinal);

    public FeatureVault Note(string path, string text)
    {
        int cursor = text.IndexOf(CursorMarker, StringComparison.Ordinal);
        if (cursor >= 0)
        {
            text = text.Remove(cursor, CursorMarker.Length);
            _cursors[path] = cursor;
        }

        _notes.Add(NoteParser.Parse(path, SourceText.From(text)));
        return this;
    }

    public FeatureVault Attachment(string path)
    {
        _attachments.Add(path);
        return this;
    }

    public VaultSnapshot Build() => VaultSnapshot.Create("/vault", VaultConfig.Default, _notes, _attachments);

    /// <summary>Returns the offset of the cursor marker in the note at <paramref name="path"/>, or -1 when it had none.</summary>
    public int Cursor(string path) => _cursors.GetValueOrDefault(path, -1);

    /// <summary>Returns <paramref name="text"/> with <paramref name="span"/> replaced by <paramref name="newText"/>.</summary>
    public static string Apply(string text, TextSpan span, string newText) =>
        string.Concat(text.AsSpan(0, span.Start), newText, text.AsSpan(span.End));
}
