using System.Runtime.CompilerServices;
using NoteLsp.Core.Notes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NoteLsp.Core.Features.Completion;

/// <summary>
/// The top-level keys of a note's front matter and Metadata block with their scalar values
/// (list items count as values). Read once per note and cached, because reading YAML is the
/// costliest step of collecting the vault's tags.
/// </summary>
internal sealed class NoteMetadataValues
{
    private static readonly ConditionalWeakTable<Note, NoteMetadataValues> Cache = new();

    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    private NoteMetadataValues(Note note)
    {
        foreach (DataBlock block in note.DataBlocks)
        {
            if (block.Kind is DataBlockKind.FrontMatter or DataBlockKind.MetadataSection)
            {
                Read(note.Text.GetText(block.ContentSpan));
            }
        }
    }

    public IEnumerable<string> Keys => _values.Keys;

    public static NoteMetadataValues For(Note note) => Cache.GetValue(note, static n => new NoteMetadataValues(n));

    /// <summary>Returns the values of <paramref name="key"/>, or an empty list when the note does not set it.</summary>
    public IReadOnlyList<string> Get(string key) => _values.TryGetValue(key, out List<string>? values) ? values : [];

    private void Read(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Malformed YAML is reported by the metadata checks; completion uses what it can read from other notes.
            // YamlDotNet 18.1.0 throws InvalidOperationException for some unclosed flow lists.
            return;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return;
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                continue;
            }

            if (!_values.TryGetValue(key, out List<string>? values))
            {
                values = [];
                _values[key] = values;
            }

            IEnumerable<YamlNode> items = valueNode is YamlSequenceNode sequence ? sequence.Children : [valueNode];
            foreach (YamlNode item in items)
            {
                if (item is YamlScalarNode { Value: { Length: > 0 } value })
                {
                    values.Add(value.Trim());
                }
            }
        }
    }
}
