namespace NoteLsp.Core.Text;

/// <summary>
/// A range of UTF-16 code units in a note's text: <see cref="Start"/> is inclusive and
/// <see cref="End"/> is exclusive, as in LSP ranges.
/// </summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool IsEmpty => Start == End;

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    /// <summary>Whether <paramref name="offset"/> lies inside the span or touches its end.</summary>
    public bool Touches(int offset) => offset >= Start && offset <= End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public override string ToString() => $"[{Start}..{End})";
}
