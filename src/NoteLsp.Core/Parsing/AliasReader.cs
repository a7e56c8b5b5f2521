using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NoteLsp.Core.Parsing;

/// <summary>Reads the <c>aliases</c> (or <c>alias</c>) key of a note's front matter or metadata block.</summary>
internal static class AliasReader
{
    public static IReadOnlyList<string> Read(SourceText text, IReadOnlyList<DataBlock> dataBlocks)
    {
        foreach (DataBlock block in dataBlocks)
        {
            if (block.Kind == DataBlockKind.StatsSection)
            {
                continue;
            }

            string yaml = text.GetText(block.ContentSpan);

            // Most notes have no aliases, and YAML parsing is the costliest part of a note's parse.
            if (!yaml.Contains("alias", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string[] aliases = ReadYaml(yaml);
            if (aliases.Length > 0)
            {
                return aliases;
            }
        }

        return [];
    }

    private static string[] ReadYaml(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Malformed YAML is reported by the metadata checks; a note without readable aliases has none.
            // YamlDotNet 18.1.0 throws InvalidOperationException for a flow list left open.
            return [];
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return [];
        }

        foreach (var (key, value) in root.Children)
        {
            if (key is not YamlScalarNode { Value: "aliases" or "alias" })
            {
                continue;
            }

            return value switch
            {
                YamlScalarNode { Value: { Length: > 0 } single } => [single.Trim()],
                YamlSequenceNode sequence => sequence.Children
                    .OfType<YamlScalarNode>()
                    .Select(n => n.Value?.Trim())
                    .Where(v => !string.IsNullOrEmpty(v))
                    .Select(v => v!)
                    .ToArray(),
                _ => [],
            };
        }

        return [];
    }
}
