namespace NoteLsp.Core.Text;

/// <summary>
/// A zero-based line and a zero-based column counted in UTF-16 code units, which is what
/// LSP calls a position under its default encoding.
/// </summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public static bool operator <(LinePosition left, LinePosition right) => left.CompareTo(right) < 0;

    public static bool operator <=(LinePosition left, LinePosition right) => left.CompareTo(right) <= 0;

    public static bool operator >(LinePosition left, LinePosition right) => left.CompareTo(right) > 0;

    public static bool operator >=(LinePosition left, LinePosition right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Line}:{Character}";
}

/// <summary>A range between two <see cref="LinePosition"/> values; the end is exclusive.</summary>
public readonly record struct LineRange(LinePosition Start, LinePosition End)
{
    public override string ToString() => $"{Start}-{End}";
}
