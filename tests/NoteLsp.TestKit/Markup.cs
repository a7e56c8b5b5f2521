namespace NoteLsp.TestKit;

/// <summary>
/// Cursor and span markup for test notes: <c>$$</c> marks the cursor and <c>{|…|}</c> marks an
/// expected span (braces, because brackets and pipes are wiki-link syntax). <see cref="Parse"/> strips the markers and returns offsets into the clean text.
/// </summary>
public sealed record Markup(string Text, int? Cursor, IReadOnlyList<(int Start, int End)> Spans)
{
    public const string CursorMarker = "$$";
    public const string SpanStart = "{|";
    public const string SpanEnd = "|}";

    public static Markup Parse(string marked)
    {
        var text = new System.Text.StringBuilder(marked.Length);
        var spans = new List<(int Start, int End)>();
        var open = new Stack<int>();
        int? cursor = null;
        for (int i = 0; i < marked.Length; i++)
        {
            if (string.CompareOrdinal(marked, i, CursorMarker, 0, 2) == 0)
            {
                cursor = text.Length;
                i++;
            }
            else if (string.CompareOrdinal(marked, i, SpanStart, 0, 2) == 0)
            {
                open.Push(text.Length);
                i++;
            }
            else if (string.CompareOrdinal(marked, i, SpanEnd, 0, 2) == 0 && open.Count > 0)
            {
                spans.Add((open.Pop(), text.Length));
                i++;
            }
            else
            {
                text.Append(marked[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new ArgumentException("Unclosed {| in test markup.", nameof(marked));
        }

        spans.Sort();
        return new Markup(text.ToString(), cursor, spans);
    }
}
