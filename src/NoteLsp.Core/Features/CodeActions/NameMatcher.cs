using System.Globalization;
using System.Text;
using NoteLsp.Core.Notes;

namespace NoteLsp.Core.Features.CodeActions;

/// <summary>Finds the note names closest to a misspelt one, for "did you mean" fixes.</summary>
internal static class NameMatcher
{
    /// <summary>
    /// Returns up to <paramref name="count"/> of <paramref name="names"/> closest to <paramref name="wanted"/>:
    /// names equal to it without regard to case and accents first, then by edit distance. Names
    /// further than about a third of their length are left out.
    /// </summary>
    public static IReadOnlyList<string> FindClosest(string wanted, IEnumerable<string> names, int count)
    {
        string folded = Fold(wanted);
        return names
            .Select(name => (Name: name, Distance: Distance(folded, Fold(name))))
            .Where(candidate => candidate.Distance <= MaxDistance(folded))
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => Math.Abs(candidate.Name.Length - wanted.Length))
            .ThenBy(candidate => candidate.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(candidate => candidate.Name)
            .ToArray();
    }

    private static int MaxDistance(string folded) => Math.Max(2, folded.Length / 3);

    /// <summary>Returns the name lower-cased, without accents, and with '_' and ' ' read as '-'.</summary>
    internal static string Fold(string name)
    {
        string decomposed = Text.UnicodeForms.ToFormD(name);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c is '_' or ' ' ? '-' : char.ToLowerInvariant(c));
        }

        return Text.UnicodeForms.ToFormC(builder.ToString());
    }

    /// <summary>The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost 1.</summary>
    internal static int Distance(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
