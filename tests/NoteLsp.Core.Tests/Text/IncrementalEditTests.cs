using System.Text;
using NoteLsp.Core.Text;

namespace NoteLsp.Core.Tests.Text;

/// <summary>
/// Random incremental edits, given as line and UTF-16 column ranges the way an LSP client sends
/// them, must produce the same text as splicing the string directly.
/// </summary>
public class IncrementalEditTests
{
    private static readonly string[] Insertions = ["a", "🐳", "\r\n", "\n", "\r", "é", "e\u0301", "[[x]]", "\t", "👩‍💻", "", "line\r\nnext"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void WithChanges_RandomLspEdits_MatchDirectSplice(int seed)
    {
        var random = new Random(seed);
        string expected = "# 🐳 Title\r\n\r\nSome text\nmore [[link]]\rlast";
        SourceText text = SourceText.From(expected);

        for (int step = 0; step < 300; step++)
        {
            int start = OutsideCrlf(expected, random.Next(expected.Length + 1));
            int end = OutsideCrlf(expected, Math.Min(expected.Length, start + random.Next(6)));
            string insertion = Insertions[random.Next(Insertions.Length)];
            LineRange range = new(ToPosition(expected, start), ToPosition(expected, end));

            text = text.WithChanges([new TextChange(text.GetSpan(range), insertion)]);
            expected = string.Concat(expected.AsSpan(0, start), insertion, expected.AsSpan(end));

            Assert.Equal(expected, text.Content);
        }
    }

    /// <summary>Moves an offset between \r and \n before the \r: LSP positions cannot name that point.</summary>
    private static int OutsideCrlf(string content, int offset) =>
        offset > 0 && offset < content.Length && content[offset - 1] == '\r' && content[offset] == '\n' ? offset - 1 : offset;

    /// <summary>Converts an offset to a line and column by scanning the string, independently of SourceText.</summary>
    private static LinePosition ToPosition(string content, int offset)
    {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            if (content[i] == '\r' && i + 1 < content.Length && content[i + 1] == '\n')
            {
                i++;
                line++;
                lineStart = i + 1;
            }
            else if (content[i] is '\r' or '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new LinePosition(line, offset - lineStart);
    }
}
