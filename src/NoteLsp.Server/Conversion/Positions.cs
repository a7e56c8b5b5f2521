using NoteLsp.Core.Text;
using NoteLsp.Server.Protocol;

namespace NoteLsp.Server.Conversion;

/// <summary>Converts between Core positions and LSP positions; both count UTF-16 code units, so only the types change.</summary>
public static class Positions
{
    public static Position ToLsp(LinePosition position) => new(position.Line, position.Character);

    public static LinePosition FromLsp(Position position) => new(position.Line, position.Character);

    public static Protocol.Range ToLsp(LineRange range) => new(ToLsp(range.Start), ToLsp(range.End));

    public static LineRange FromLsp(Protocol.Range range) => new(FromLsp(range.Start), FromLsp(range.End));

    public static Protocol.Range ToLsp(SourceText text, TextSpan span) => ToLsp(text.GetLineRange(ClampSpan(text, span)));

    /// <summary>Returns the offset of an LSP position, clamped into the text as LSP asks for positions past a line's end.</summary>
    public static int ToOffset(SourceText text, Position position) => text.GetOffset(FromLsp(position));

    public static TextSpan ToSpan(SourceText text, Protocol.Range range) => text.GetSpan(FromLsp(range));

    private static TextSpan ClampSpan(SourceText text, TextSpan span)
    {
        int start = Math.Min(span.Start, text.Length);
        return new TextSpan(start, Math.Clamp(span.End, start, text.Length));
    }
}
