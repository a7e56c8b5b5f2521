using NoteLsp.Core.Text;

namespace NoteLsp.Core.Features.Completion;

/// <summary>The value part of a metadata line, from <see cref="ValueStart"/> to the end of the line, with the cursor in it.</summary>
internal sealed class ValueLine(SourceText text, int valueStart, int cursor, int lineEnd)
{
    public SourceText Text { get; } = text;

    public int ValueStart { get; } = valueStart;

    public int Cursor { get; } = cursor;

    public int LineEnd { get; } = lineEnd;

    /// <summary>The whole value without trailing whitespace or a trailing comment.</summary>
    public TextSpan WholeValue
    {
        get
        {
            string content = Text.Content;
            int comment = content.IndexOf(" #", Cursor, LineEnd - Cursor, StringComparison.Ordinal);
            int end = comment >= 0 ? comment : LineEnd;
            while (end > Cursor && char.IsWhiteSpace(content[end - 1]))
            {
                end--;
            }

            return new TextSpan(ValueStart, Math.Max(end, Cursor));
        }
    }

    /// <summary>
    /// The list item at the cursor: the text between the nearest <c>[</c>, <c>,</c> or value start
    /// before the cursor and the next <c>,</c>, <c>]</c> or whitespace after it.
    /// </summary>
    public TextSpan ListToken
    {
        get
        {
            string content = Text.Content;
            int start = Cursor;
            while (start > ValueStart && content[start - 1] is not ('[' or ',' or ' ' or '\t' or '"' or '\''))
            {
                start--;
            }

            int end = Cursor;
            while (end < LineEnd && content[end] is not (']' or ',' or ' ' or '\t' or '"' or '\''))
            {
                end++;
            }

            return new TextSpan(start, end);
        }
    }

    /// <summary>Returns every item of a flow list written on this line, such as the tags of <c>[a, b, c]</c>.</summary>
    public IEnumerable<string> ListTokens()
    {
        string value = Text.Content[ValueStart..LineEnd];
        return value.Split([',', '[', ']'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.Trim('"', '\''))
            .Where(t => t.Length > 0);
    }
}
