using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NoteLsp.Core.Metadata;

/// <summary>
/// A note's metadata block read into YamlDotNet's node model. Node marks count UTF-16 code units
/// from the start of the block's YAML text, so adding the block's content offset gives note
/// offsets, CRLF line breaks and emoji included.
/// </summary>
/// <param name="Block">The block the metadata was read from, or null when the note has none.</param>
/// <param name="Root">The top-level mapping, or null when the block is empty, holds only comments, or is not valid YAML.</param>
/// <param name="IsMalformed">Whether the YAML could not be read; the field checks are then skipped.</param>
public sealed record NoteMetadata(DataBlock? Block, YamlMappingNode? Root, bool IsMalformed)
{
    public static NoteMetadata None { get; } = new(null, null, false);

    /// <summary>Returns the value of the top-level key <paramref name="key"/>, or null when the key is absent.</summary>
    public YamlNode? FindValue(string key)
    {
        if (Root is null)
        {
            return null;
        }

        foreach (var (keyNode, value) in Root.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } name } && string.Equals(name, key, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Returns the first tag when <c>tags</c> is a list whose first item is a scalar, or null.</summary>
    public string? FindKind() =>
        FindValue("tags") is YamlSequenceNode { Children: [YamlScalarNode { Value: { Length: > 0 } first }, ..] } ? first : null;

    /// <summary>Returns the note span of <paramref name="node"/>; a collection spans its children and, in flow style, its closing bracket.</summary>
    public TextSpan GetSpan(YamlNode node, SourceText text)
    {
        int start = ToOffset(node.Start, text);
        int end = Math.Max(start, ToOffset(node.End, text));
        switch (node)
        {
            case YamlSequenceNode sequence:
                end = Math.Max(end, LastChildEnd(sequence.Children, text));
                end = sequence.Style == YamlDotNet.Core.Events.SequenceStyle.Flow ? IncludeClosing(text, start, end, ']') : end;
                break;
            case YamlMappingNode mapping:
                end = Math.Max(end, LastChildEnd(mapping.Children.Values, text));
                end = mapping.Style == YamlDotNet.Core.Events.MappingStyle.Flow ? IncludeClosing(text, start, end, '}') : end;
                break;
        }

        return new TextSpan(start, end);
    }

    /// <summary>Converts a mark of the block's YAML text into a note offset.</summary>
    public int ToOffset(Mark mark, SourceText text)
    {
        TextSpan content = Block?.ContentSpan ?? default;
        return Math.Clamp(content.Start + (int)mark.Index, content.Start, Math.Max(content.Start, Math.Min(content.End, text.Length)));
    }

    private int LastChildEnd(IEnumerable<YamlNode> children, SourceText text)
    {
        int end = 0;
        foreach (YamlNode child in children)
        {
            end = Math.Max(end, GetSpan(child, text).End);
        }

        return end;
    }

    private static int IncludeClosing(SourceText text, int start, int end, char closing)
    {
        int lineEnd = text.GetLineEnd(text.GetLineIndex(Math.Max(start, end)));
        int position = Math.Max(start + 1, end);
        while (position < lineEnd && text.Content[position] != closing)
        {
            position++;
        }

        return position < lineEnd ? position + 1 : end;
    }
}
