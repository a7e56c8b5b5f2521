using NoteLsp.Core.Text;

namespace NoteLsp.Core.Features.Completion;

/// <summary>Which part of a wiki link the cursor is in.</summary>
internal enum LinkPart
{
    Target,
    Heading,
    Block,
    Alias,
}

/// <summary>
/// The wiki link being typed or edited at the cursor: <c>[[</c> before the cursor on the same
/// line, with no <c>]]</c> between them.
/// </summary>
/// <param name="Target">The target text as written, which may be empty for <c>[[#heading</c>.</param>
/// <param name="PartSpan">The whole part the cursor is in, including text after the cursor.</param>
/// <param name="Query">The text of the part from its start to the cursor.</param>
/// <param name="IsClosed">Whether <c>]]</c> already ends the link on this line.</param>
/// <param name="HasFragment">Whether a <c>#</c> follows the target.</param>
/// <param name="HasAlias">Whether a <c>|</c> follows the target.</param>
/// <param name="AliasEnd">Where the alias ends (before <c>]]</c> or at the end of the link text), when there is one.</param>
/// <param name="IsInTableRow">Whether the line is a pipe table row, where the alias separator is written <c>\|</c>.</param>
internal sealed record LinkCompletionContext(
    LinkPart Part,
    bool IsEmbed,
    string Target,
    TextSpan PartSpan,
    string Query,
    int Cursor,
    bool IsClosed,
    bool HasFragment,
    bool HasAlias,
    int AliasEnd,
    bool IsInTableRow)
{
    /// <summary>The alias separator to insert: <c>\|</c> inside a table row, so the row is not split, otherwise <c>|</c>.</summary>
    public string AliasSeparator => IsInTableRow ? "\\|" : "|";

    public TextSpan InsertSpan => new(PartSpan.Start, Cursor);

    /// <summary>Returns the closing brackets to append to an inserted part: none when the link is closed or continues after this part.</summary>
    public string ClosingFor(LinkPart part) => part switch
    {
        LinkPart.Target when IsClosed || HasFragment || HasAlias => string.Empty,
        LinkPart.Heading or LinkPart.Block when IsClosed || HasAlias => string.Empty,
        LinkPart.Alias when IsClosed => string.Empty,
        _ => "]]",
    };

    /// <summary>Returns the link at <paramref name="offset"/>, or null when the cursor is not inside one.</summary>
    public static LinkCompletionContext? TryRead(SourceText text, int offset)
    {
        string content = text.Content;
        int line = text.GetLineIndex(offset);
        int lineStart = text.GetLineStart(line);
        int lineEnd = text.GetLineEnd(line);
        if (offset > lineEnd)
        {
            return null;
        }

        int open = offset - lineStart >= 2 ? content.LastIndexOf("[[", offset - 1, offset - lineStart, StringComparison.Ordinal) : -1;
        if (open < 0 || open + 2 > offset)
        {
            return null;
        }

        int contentStart = open + 2;

        // "]]" between the opening and the cursor means the cursor is after that link.
        if (content.IndexOf("]]", contentStart, offset - contentStart, StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        if (IsInsideCodeSpan(content, lineStart, open))
        {
            return null;
        }

        bool isEmbed = open > lineStart && content[open - 1] == '!';
        (int regionEnd, bool isClosed) = FindRegionEnd(content, offset, lineEnd);

        int pipe = content.IndexOf('|', contentStart, regionEnd - contentStart);
        int referenceEnd = pipe < 0 ? regionEnd : pipe;
        if (pipe > contentStart && content[pipe - 1] == '\\')
        {
            referenceEnd = pipe - 1;
        }

        int hash = content.IndexOf('#', contentStart, referenceEnd - contentStart);
        int targetEnd = hash < 0 ? referenceEnd : hash;
        string target = content[contentStart..targetEnd];

        LinkPart part;
        TextSpan partSpan;
        if (pipe >= 0 && offset > pipe)
        {
            part = LinkPart.Alias;
            partSpan = new TextSpan(pipe + 1, regionEnd);
        }
        else if (hash >= 0 && offset > hash)
        {
            bool isBlock = hash + 1 < referenceEnd && content[hash + 1] == '^' && offset >= hash + 2;
            part = isBlock ? LinkPart.Block : LinkPart.Heading;
            partSpan = new TextSpan(isBlock ? hash + 2 : hash + 1, Math.Max(offset, referenceEnd));
        }
        else
        {
            part = LinkPart.Target;
            partSpan = new TextSpan(contentStart, Math.Max(offset, targetEnd));
        }

        string query = content[partSpan.Start..offset];
        bool inTable = content.AsSpan(lineStart, lineEnd - lineStart).TrimStart().StartsWith("|", StringComparison.Ordinal);
        return new LinkCompletionContext(part, isEmbed, target, partSpan, query, offset, isClosed, hash >= 0, pipe >= 0, pipe >= 0 ? regionEnd : -1, inTable);
    }

    /// <summary>
    /// Finds where the link text ends after the cursor: at <c>]]</c> when the link is closed on
    /// this line, otherwise at the first whitespace or bracket, so the words after an unclosed
    /// link are never replaced.
    /// </summary>
    private static (int End, bool IsClosed) FindRegionEnd(string content, int offset, int lineEnd)
    {
        int close = content.IndexOf("]]", offset, lineEnd - offset, StringComparison.Ordinal);
        int nextOpen = content.IndexOf("[[", offset, lineEnd - offset, StringComparison.Ordinal);
        if (close >= 0 && (nextOpen < 0 || close < nextOpen))
        {
            return (close, true);
        }

        int end = offset;
        while (end < lineEnd && !char.IsWhiteSpace(content[end]) && content[end] is not '[' and not ']')
        {
            end++;
        }

        return (end, false);
    }

    /// <summary>Whether an odd number of backticks precedes <paramref name="position"/> on its line.</summary>
    private static bool IsInsideCodeSpan(string content, int lineStart, int position)
    {
        int ticks = 0;
        for (int i = lineStart; i < position; i++)
        {
            if (content[i] == '`')
            {
                ticks++;
            }
        }

        return ticks % 2 == 1;
    }
}
