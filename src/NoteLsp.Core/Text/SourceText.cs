namespace NoteLsp.Core.Text;

/// <summary>
/// An immutable note text with a table of line starts. LF, CRLF and a lone CR each end a
/// line. A leading byte order mark is removed on construction, so offset 0 is the first
/// character the user sees and every offset is a UTF-16 index into <see cref="Content"/>.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    private SourceText(string content, bool hadByteOrderMark)
    {
        Content = content;
        HadByteOrderMark = hadByteOrderMark;
        _lineStarts = ComputeLineStarts(content);
    }

    public string Content { get; }

    /// <summary>Whether the text given to <see cref="From"/> started with U+FEFF.</summary>
    public bool HadByteOrderMark { get; }

    public int Length => Content.Length;

    public int LineCount => _lineStarts.Length;

    public static SourceText From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        bool bom = text.Length > 0 && text[0] == '\uFEFF';
        return new SourceText(bom ? text[1..] : text, bom);
    }

    public int GetLineStart(int line) => _lineStarts[line];

    /// <summary>Returns the offset just past the last character of <paramref name="line"/>, before its line break.</summary>
    public int GetLineEnd(int line)
    {
        int end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Content.Length;
        if (end > _lineStarts[line] && line + 1 < _lineStarts.Length)
        {
            end--;
            if (Content[end] == '\n' && end > _lineStarts[line] && Content[end - 1] == '\r')
            {
                end--;
            }
        }

        return end;
    }

    public TextSpan GetLineSpan(int line) => new(_lineStarts[line], GetLineEnd(line));

    public string GetLineText(int line) => Content[_lineStarts[line]..GetLineEnd(line)];

    public int GetLineIndex(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Content.Length);
        int index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetLinePosition(int offset)
    {
        int line = GetLineIndex(offset);
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    public LineRange GetLineRange(TextSpan span) => new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>
    /// Returns the offset of <paramref name="position"/>. A line past the end maps to the end of
    /// the text and a character past the end of its line maps to the line's end, as the LSP specification requires.
    /// </summary>
    public int GetOffset(LinePosition position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= _lineStarts.Length)
        {
            return Content.Length;
        }

        int start = _lineStarts[position.Line];
        int end = GetLineEnd(position.Line);
        return Math.Clamp(start + position.Character, start, end);
    }

    public TextSpan GetSpan(LineRange range)
    {
        int start = GetOffset(range.Start);
        return new TextSpan(start, Math.Max(start, GetOffset(range.End)));
    }

    public string GetText(TextSpan span) => Content.Substring(span.Start, span.Length);

    /// <summary>Applies <paramref name="changes"/> one after another, each against the result of the previous one.</summary>
    public SourceText WithChanges(IEnumerable<TextChange> changes)
    {
        string content = Content;
        foreach (TextChange change in changes)
        {
            int start = Math.Clamp(change.Span.Start, 0, content.Length);
            int end = Math.Clamp(change.Span.End, start, content.Length);
            content = string.Concat(content.AsSpan(0, start), change.NewText, content.AsSpan(end));
        }

        return new SourceText(content, HadByteOrderMark);
    }

    private static int[] ComputeLineStarts(string content)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < content.Length; i++)
        {
            char c = content[i];
            if (c == '\r')
            {
                if (i + 1 < content.Length && content[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
