using System.Runtime.CompilerServices;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;

namespace NoteLsp.Core.Features.Completion;

/// <summary>
/// The distinct tags a note lists under <c>tags</c> in its front matter or Metadata block,
/// cached per note. The usual forms (a flow list on one line, a block list, a single value) are
/// read line by line in microseconds. Any other form goes through the YAML parser.
/// </summary>
internal static class NoteTags
{
    private static readonly ConditionalWeakTable<Note, string[]> Cache = new();

    public static IReadOnlyList<string> For(Note note) => Cache.GetValue(note, static n => Read(n));

    private static string[] Read(Note note)
    {
        foreach (DataBlock block in note.DataBlocks)
        {
            if (block.Kind is not (DataBlockKind.FrontMatter or DataBlockKind.MetadataSection))
            {
                continue;
            }

            List<string>? tags = TryScan(note.Text, block.ContentSpan);
            if (tags is null)
            {
                return [.. NoteMetadataValues.For(note).Get("tags").Distinct(StringComparer.Ordinal)];
            }

            if (tags.Count > 0)
            {
                return [.. tags.Distinct(StringComparer.Ordinal)];
            }
        }

        return [];
    }

    /// <summary>Returns the tags of a block, an empty list when it has none, or null when the form needs the YAML parser.</summary>
    private static List<string>? TryScan(SourceText text, TextSpan content)
    {
        int first = text.GetLineIndex(content.Start);
        int last = content.End > content.Start ? text.GetLineIndex(content.End - 1) : first - 1;
        for (int line = first; line <= last; line++)
        {
            string lineText = text.GetLineText(line);
            if (!lineText.StartsWith("tags:", StringComparison.Ordinal))
            {
                continue;
            }

            string rest = lineText["tags:".Length..].Trim();
            if (rest.StartsWith('['))
            {
                return rest.EndsWith(']') && !rest.Contains('#', StringComparison.Ordinal) ? SplitFlowList(rest[1..^1]) : null;
            }

            if (rest.Length > 0)
            {
                return rest.IndexOfAny(['{', '#', '&', '*', '|', '>']) >= 0 ? null : [Unquote(rest)];
            }

            return ReadBlockList(text, line + 1, last);
        }

        return [];
    }

    private static List<string> SplitFlowList(string items) =>
        items.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Unquote).Where(t => t.Length > 0).ToList();

    private static List<string>? ReadBlockList(SourceText text, int first, int last)
    {
        var tags = new List<string>();
        for (int line = first; line <= last; line++)
        {
            string item = text.GetLineText(line).Trim();
            if (item.Length == 0 || item == "-")
            {
                // A blank line or an empty item, such as the one being typed, ends nothing.
                continue;
            }

            if (!item.StartsWith("- ", StringComparison.Ordinal))
            {
                break;
            }

            string value = item[2..].Trim();
            if (value.IndexOfAny(['[', '{', '#', '&', '*', '|', '>']) >= 0)
            {
                return null;
            }

            tags.Add(Unquote(value));
        }

        return tags;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
}
