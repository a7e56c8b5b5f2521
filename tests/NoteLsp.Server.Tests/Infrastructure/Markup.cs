using NoteLsp.Core.Text;

namespace NoteLsp.Server.Tests.Infrastructure;

/// <summary>
/// Note text with test markers: <c>$$</c> marks the cursor and <c>[|…|]</c> marks expected spans.
/// <see cref="Parse"/> removes the markers and returns their positions in the clean text.
/// </summary>
public sealed record Markup(string Text, int? Cursor, IReadOnlyList<TextSpan> Spans)
{
    public static Markup Parse(string marked)
    {
        var text = new System.Text.StringBuilder(marked.Length);
        var spans = new List<TextSpan>();
        var open = new Stack<int>();
        int? cursor = null;
        for (int i = 0; i < marked.Length; i++)
        {
            if (At(marked, i, "$$"))
            {
                cursor = text.Length;
                i++;
            }
            else if (At(marked, i, "[|"))
            {
                open.Push(text.Length);
                i++;
            }
            else if (At(marked, i, "|]"))
            {
                spans.Add(new TextSpan(open.Pop(), text.Length));
                i++;
            }
            else
            {
                text.Append(marked[i]);
            }
        }

        return new Markup(text.ToString(), cursor, spans.OrderBy(s => s.Start).ToArray());
    }

    public LinePosition CursorPosition => SourceText.From(Text).GetLinePosition(Cursor ?? throw new InvalidOperationException("The markup has no $$ cursor."));

    public LineRange SpanRange(int index) => SourceText.From(Text).GetLineRange(Spans[index]);

    private static bool At(string text, int index, string marker) => string.CompareOrdinal(text, index, marker, 0, marker.Length) == 0;
}
