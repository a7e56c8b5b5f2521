using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features.CodeActions;

/// <summary>Chooses how a link should name a note.</summary>
public static class LinkPaths
{
    /// <summary>
    /// Returns the shortest link text that names only the note at <paramref name="notePath"/>:
    /// its name when no other note shares it, else the fewest trailing folders that tell it
    /// apart, else its whole path. The <c>.md</c> extension is left out.
    /// </summary>
    public static string ShortestUnambiguous(VaultSnapshot vault, string notePath)
    {
        ArgumentNullException.ThrowIfNull(vault);
        string withoutExtension = NotePaths.WithoutMarkdownExtension(notePath);
        string[] segments = withoutExtension.Split('/');
        var sameName = vault.FindNotesByName(segments[^1])
            .Select(p => NotePaths.ToKey(NotePaths.WithoutMarkdownExtension(p)))
            .ToArray();

        for (int take = 1; take < segments.Length; take++)
        {
            string suffix = string.Join('/', segments[^take..]);
            string key = NotePaths.ToKey(suffix);
            int matches = sameName.Count(p => p == key || p.EndsWith("/" + key, StringComparison.Ordinal));
            if (matches <= 1)
            {
                return suffix;
            }
        }

        return withoutExtension;
    }
}
