using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NoteLsp.Core.Config;

/// <summary>Reads <c>.notelsp.yaml</c>. An invalid file yields the defaults plus a problem; it never throws.</summary>
public static class VaultConfigReader
{
    public static VaultConfig ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            return VaultConfig.Default;
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return VaultConfig.Default with { Problems = [new ConfigProblem(0, 0, $"Cannot read the config file: {e.Message}")] };
        }

        return Read(text);
    }

    public static VaultConfig Read(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            return Invalid(e.Start, $"Invalid YAML in the config file: {e.Message}. The defaults apply.");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return VaultConfig.Default;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return Invalid(stream.Documents[0].RootNode.Start, "The config file must be a YAML mapping. The defaults apply.");
        }

        var ignore = new List<Glob>();
        var problems = new List<ConfigProblem>();
        foreach (var (key, value) in root.Children)
        {
            if (key is YamlScalarNode { Value: "ignore" })
            {
                ReadIgnore(value, ignore, problems);
            }
        }

        return new VaultConfig(ignore, problems);
    }

    private static void ReadIgnore(YamlNode value, List<Glob> ignore, List<ConfigProblem> problems)
    {
        if (value is not YamlSequenceNode sequence)
        {
            problems.Add(Problem(value.Start, "'ignore' must be a list of globs, such as [\"drafts/**\", \"*.tmp.md\"]."));
            return;
        }

        foreach (YamlNode item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } pattern } && !string.IsNullOrWhiteSpace(pattern))
            {
                ignore.Add(new Glob(pattern));
            }
            else
            {
                problems.Add(Problem(item.Start, "Each 'ignore' entry must be a non-empty glob string."));
            }
        }
    }

    private static VaultConfig Invalid(Mark mark, string message) =>
        VaultConfig.Default with { Problems = [Problem(mark, message)] };

    // YamlDotNet marks are 1-based.
    private static ConfigProblem Problem(Mark mark, string message) =>
        new((int)Math.Max(0, mark.Line - 1), (int)Math.Max(0, mark.Column - 1), message);
}
