using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features;

/// <summary>What a symbol is.</summary>
public enum NoteSymbolKind
{
    Note,
    Heading,
    Alias,
}

/// <summary>A heading of a note's outline with the headings nested under it.</summary>
/// <param name="Span">The whole section.</param>
/// <param name="SelectionSpan">The heading's text.</param>
public sealed record OutlineSymbol(string Name, int Level, TextSpan Span, TextSpan SelectionSpan, IReadOnlyList<OutlineSymbol> Children);

/// <summary>A note, heading or alias found by a workspace symbol search.</summary>
/// <param name="Container">The note a heading belongs to, or null for notes and aliases.</param>
public sealed record WorkspaceSymbol(string Name, NoteSymbolKind Kind, string NotePath, TextSpan Span, string? Container);

/// <summary>Document symbols (the heading outline) and workspace symbols (notes, headings and aliases).</summary>
public static class SymbolService
{
    /// <summary>The most symbols a workspace search returns; clients ask again as the user types more.</summary>
    public const int MaxWorkspaceSymbols = 500;

    /// <summary>Returns the headings of <paramref name="note"/> nested by level: each heading contains the deeper headings of its section.</summary>
    public static IReadOnlyList<OutlineSymbol> GetOutline(Note note)
    {
        var roots = new List<OutlineSymbol>();
        var stack = new Stack<(int Level, List<OutlineSymbol> Children)>();
        foreach (Heading heading in note.Headings)
        {
            while (stack.Count > 0 && stack.Peek().Level >= heading.Level)
            {
                stack.Pop();
            }

            var children = new List<OutlineSymbol>();
            var symbol = new OutlineSymbol(heading.Text, heading.Level, heading.SectionSpan, heading.TextSpan, children);
            (stack.Count == 0 ? roots : stack.Peek().Children).Add(symbol);
            stack.Push((heading.Level, children));
        }

        return roots;
    }

    /// <summary>
    /// Returns the notes (by name and title), headings and aliases whose name contains the
    /// characters of <paramref name="query"/> in order, without regard to case. Closer matches
    /// (a prefix, then a contiguous match, then shorter names) come first.
    /// </summary>
    public static IReadOnlyList<WorkspaceSymbol> Search(VaultSnapshot vault, string query, CancellationToken cancellationToken)
    {
        var matches = new List<(int Score, WorkspaceSymbol Symbol)>();
        foreach (Note note in vault.Notes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Add(matches, query, new WorkspaceSymbol(note.Name, NoteSymbolKind.Note, note.Path, new TextSpan(0, 0), note.Title));
            foreach (Heading heading in note.Headings)
            {
                Add(matches, query, new WorkspaceSymbol(heading.Text, NoteSymbolKind.Heading, note.Path, heading.Span, note.Name));
            }

            foreach (string alias in note.Aliases)
            {
                Add(matches, query, new WorkspaceSymbol(alias, NoteSymbolKind.Alias, note.Path, new TextSpan(0, 0), note.Name));
            }
        }

        return matches
            .OrderBy(m => m.Score)
            .ThenBy(m => m.Symbol.Name.Length)
            .ThenBy(m => m.Symbol.NotePath, StringComparer.Ordinal)
            .Take(MaxWorkspaceSymbols)
            .Select(m => m.Symbol)
            .ToArray();
    }

    /// <summary>Returns 0 for a prefix match, 1 for a contiguous match, 2 for a subsequence match, or null when the characters do not all occur in order.</summary>
    public static int? MatchScore(string name, string query)
    {
        if (query.Length == 0 || name.StartsWith(query, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (name.Contains(query, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        int position = 0;
        foreach (char c in query)
        {
            int found = name.IndexOf(c.ToString(), position, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return null;
            }

            position = found + 1;
        }

        return 2;
    }

    private static void Add(List<(int Score, WorkspaceSymbol Symbol)> matches, string query, WorkspaceSymbol symbol)
    {
        if (MatchScore(symbol.Name, query) is { } score)
        {
            matches.Add((score, symbol));
        }
    }
}
