using System.Globalization;
using System.Text;

namespace NoteLsp.Core.Notes;

/// <summary>
/// GitHub-style heading anchors: lower-cased, spaces turned into '-', and every character
/// that is not a letter, a digit, '-' or '_' dropped (punctuation and emoji included).
/// </summary>
public static class Slugs
{
    public static string FromHeading(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in Text.UnicodeForms.ToFormC(text.Trim()))
        {
            if (char.IsLetterOrDigit(c) || c == '_' || c == '-')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == ' ')
            {
                builder.Append('-');
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Returns the form two anchors are compared in: the slug without leading or trailing '-',
    /// so that <c>#tldr-30-seconds</c> finds the heading "🎯 TL;DR (30 seconds)", whose slug starts with '-'.
    /// </summary>
    public static string ToComparable(string textOrSlug) => FromHeading(textOrSlug).Trim('-');
}
