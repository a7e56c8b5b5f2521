using System.Globalization;
using System.Text;

namespace NoteLsp.Core.Features.Completion;

/// <summary>
/// Scores how well typed text matches a candidate, without regard to case or accents. Both
/// sides are compared in folded form (see <see cref="Fold"/>).
/// </summary>
internal static class FuzzyMatcher
{
    public const int ExactScore = 1000;
    public const int PrefixScore = 800;
    public const int WordStartScore = 600;
    public const int SubstringScore = 400;
    public const int SubsequenceScore = 100;

    /// <summary>
    /// Returns the form names are compared in: decomposed, without combining marks, lower-cased,
    /// with ' ' and '_' turned into '-', so "Café Crème", "cafe_creme" and "CAFE-CREME" meet.
    /// </summary>
    public static string Fold(string text)
    {
        string decomposed = Text.UnicodeForms.ToFormD(text);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark)
            {
                continue;
            }

            builder.Append(c is ' ' or '_' ? '-' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Returns the score of <paramref name="candidate"/> for <paramref name="query"/> (both folded),
    /// higher for better matches, or null when the query characters do not all appear in order.
    /// An empty query matches everything with a score of 0.
    /// </summary>
    public static int? Score(ReadOnlySpan<char> candidate, ReadOnlySpan<char> query)
    {
        if (query.Length == 0)
        {
            return 0;
        }

        if (query.Length > candidate.Length)
        {
            return null;
        }

        if (candidate.SequenceEqual(query))
        {
            return ExactScore;
        }

        // Shorter candidates rank first within a tier, so "docker" comes before "docker-compose".
        int lengthPenalty = Math.Min(candidate.Length - query.Length, 99);
        if (candidate.StartsWith(query, StringComparison.Ordinal))
        {
            return PrefixScore - lengthPenalty;
        }

        int index = candidate.IndexOf(query, StringComparison.Ordinal);
        if (index >= 0)
        {
            for (int at = index; at >= 0;)
            {
                if (IsWordStart(candidate, at))
                {
                    return WordStartScore - lengthPenalty;
                }

                int next = candidate[(at + 1)..].IndexOf(query, StringComparison.Ordinal);
                at = next < 0 ? -1 : at + 1 + next;
            }

            return SubstringScore - lengthPenalty;
        }

        return ScoreSubsequence(candidate, query);
    }

    private static int? ScoreSubsequence(ReadOnlySpan<char> candidate, ReadOnlySpan<char> query)
    {
        // Greedy left-to-right match; characters at word starts and runs of adjacent characters
        // earn bonuses, so "dwc" ranks "docker-why-containers" above "add-two-columns".
        int bonus = 0;
        int previous = -2;
        int position = 0;
        foreach (char c in query)
        {
            int found = candidate[position..].IndexOf(c);
            if (found < 0)
            {
                return null;
            }

            found += position;

            if (IsWordStart(candidate, found))
            {
                bonus += 20;
            }

            if (found == previous + 1)
            {
                bonus += 10;
            }

            previous = found;
            position = found + 1;
        }

        return SubsequenceScore + Math.Min(bonus, SubstringScore - SubsequenceScore - 1) - Math.Min(candidate.Length - query.Length, 99) / 10;
    }

    private static bool IsWordStart(ReadOnlySpan<char> text, int index) =>
        index == 0 || text[index - 1] is '-' or '/' or '.' or '(' or '[';
}
