using NoteLsp.Core.Edits;

namespace NoteLsp.Core.Tests.Features;

/// <summary>
/// Applies a <see cref="VaultEdit"/> the way an editor applies LSP document changes: operations
/// in order, text edits against the text before them, renames that fail rather than overwrite.
/// </summary>
internal static class InMemoryEditApplier
{
    /// <summary>Returns the note texts after <paramref name="edit"/>, keyed by vault-relative path.</summary>
    public static Dictionary<string, string> Apply(IReadOnlyDictionary<string, string> texts, VaultEdit edit)
    {
        var result = new Dictionary<string, string>(texts, StringComparer.Ordinal);
        foreach (VaultEditOperation operation in edit.Operations)
        {
            switch (operation)
            {
                case NoteTextEdits textEdits:
                    result[textEdits.NotePath] = ApplyText(result[textEdits.NotePath], textEdits.Edits);
                    break;
                case RenameFile rename:
                    Assert.False(result.ContainsKey(rename.NewPath), $"rename would overwrite {rename.NewPath}");
                    result[rename.NewPath] = result[rename.OldPath];
                    result.Remove(rename.OldPath);
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected operation {operation}");
            }
        }

        return result;
    }

    /// <summary>Applies <paramref name="edit"/> to the files under <paramref name="root"/>.</summary>
    public static void ApplyToFolder(string root, VaultEdit edit)
    {
        foreach (VaultEditOperation operation in edit.Operations)
        {
            switch (operation)
            {
                case NoteTextEdits textEdits:
                    string path = Path.Combine(root, textEdits.NotePath);
                    File.WriteAllText(path, ApplyText(File.ReadAllText(path), textEdits.Edits));
                    break;
                case RenameFile rename:
                    File.Move(Path.Combine(root, rename.OldPath), Path.Combine(root, rename.NewPath), overwrite: false);
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected operation {operation}");
            }
        }
    }

    public static string ApplyText(string text, IReadOnlyList<NoteTextEdit> edits)
    {
        var ordered = edits.OrderBy(e => e.Span.Start).ToList();
        for (int i = 1; i < ordered.Count; i++)
        {
            Assert.True(ordered[i - 1].Span.End <= ordered[i].Span.Start, $"edits overlap: {ordered[i - 1].Span} and {ordered[i].Span}");
        }

        for (int i = ordered.Count - 1; i >= 0; i--)
        {
            text = FeatureVault.Apply(text, ordered[i].Span, ordered[i].NewText);
        }

        return text;
    }
}
