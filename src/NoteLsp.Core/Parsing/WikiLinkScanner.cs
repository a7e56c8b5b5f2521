using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;

namespace NoteLsp.Core.Parsing;

/// <summary>
/// Reads one wiki link at a position in a line. Both the Markdig inline parser and the scan of
/// YAML data blocks use it, so the link syntax lives in one place.
/// </summary>
public static class WikiLinkScanner
{
    /// <summary>
    /// Tries to read <c>[[…]]</c> or <c>![[…]]</c> starting at <paramref name="start"/> in
    /// <paramref name="text"/>, ending before <paramref name="lineEnd"/> (a link never spans lines).
    /// <paramref name="offsetBase"/> is added to every span, so callers whose text is a copy can report note offsets.
    /// Returns null when there is no link: no closing <c>]]</c> on the line, a nested <c>[[</c>, or <c>[[]]</c>.
    /// </summary>
    public static WikiLink? TryScan(string text, int start, int lineEnd, int offsetBase, LinkContext context)
    {
        int position = start;
        bool isEmbed = false;
        if (position < lineEnd && text[position] == '!')
        {
            isEmbed = true;
            position++;
        }

        if (position + 1 >= lineEnd || text[position] != '[' || text[position + 1] != '[')
        {
            return null;
        }

        int contentStart = position + 2;
        int close = text.IndexOf("]]", contentStart, lineEnd - contentStart, StringComparison.Ordinal);
        if (close < 0 || close == contentStart)
        {
            return null;
        }

        if (text.IndexOf("[[", contentStart, close - contentStart, StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        return Split(text, start, contentStart, close, offsetBase, isEmbed, context);
    }

    private static WikiLink Split(string text, int start, int contentStart, int close, int offsetBase, bool isEmbed, LinkContext context)
    {
        // The alias starts after the first '|'. Inside a table the pipe is written "\|" so that
        // the row is not split, and the backslash then belongs to neither the target nor the fragment.
        int pipe = text.IndexOf('|', contentStart, close - contentStart);
        int beforeAlias = pipe;
        if (pipe > contentStart && text[pipe - 1] == '\\')
        {
            beforeAlias = pipe - 1;
        }

        int referenceEnd = pipe < 0 ? close : beforeAlias;
        int hash = text.IndexOf('#', contentStart, referenceEnd - contentStart);
        int targetEnd = hash < 0 ? referenceEnd : hash;

        string target = text[contentStart..targetEnd];
        var targetSpan = new TextSpan(offsetBase + contentStart, offsetBase + targetEnd);

        string? fragment = null;
        TextSpan? fragmentSpan = null;
        if (hash >= 0)
        {
            fragment = text[(hash + 1)..referenceEnd];
            fragmentSpan = new TextSpan(offsetBase + hash + 1, offsetBase + referenceEnd);
        }

        string? alias = null;
        TextSpan? aliasSpan = null;
        if (pipe >= 0)
        {
            alias = text[(pipe + 1)..close];
            aliasSpan = new TextSpan(offsetBase + pipe + 1, offsetBase + close);
        }

        var span = new TextSpan(offsetBase + start, offsetBase + close + 2);
        return new WikiLink(span, isEmbed, target, targetSpan, fragment, fragmentSpan, alias, aliasSpan, context);
    }

    /// <summary>Finds every wiki link in <paramref name="span"/> of <paramref name="text"/>, line by line.</summary>
    public static IEnumerable<WikiLink> ScanLines(string text, TextSpan span, LinkContext context)
    {
        int lineStart = span.Start;
        while (lineStart < span.End)
        {
            int lineEnd = text.IndexOfAny(['\r', '\n'], lineStart, span.End - lineStart);
            if (lineEnd < 0)
            {
                lineEnd = span.End;
            }

            int position = lineStart;
            while (position < lineEnd)
            {
                int open = text.IndexOf("[[", position, lineEnd - position, StringComparison.Ordinal);
                if (open < 0)
                {
                    break;
                }

                int linkStart = open > lineStart && text[open - 1] == '!' ? open - 1 : open;
                WikiLink? link = TryScan(text, linkStart, lineEnd, 0, context);
                if (link is null)
                {
                    position = open + 1;
                    continue;
                }

                yield return link;
                position = link.Span.End;
            }

            lineStart = lineEnd + 1;
        }
    }
}
