using System.Globalization;
using NoteLsp.Core.Metadata;
using NoteLsp.Core.Templates;
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
            string message = YamlErrors.Describe(text, e, out int index);
            return Invalid(ToMark(text, index), $"{message} The config file is not used and the defaults apply.");
        }
        catch (InvalidOperationException)
        {
            // NOTE: YamlDotNet 18.1.0 throws this, without a position, for a flow list or mapping left open.
            return Invalid(Mark.Empty, "Invalid YAML in the config file: a '[' or '{' is probably never closed. The defaults apply.");
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
        var config = VaultConfig.Default;
        foreach (var (key, value) in root.Children)
        {
            switch ((key as YamlScalarNode)?.Value)
            {
                case "ignore":
                    ReadIgnore(value, ignore, problems);
                    break;
                case "severity":
                    config = config with { Severity = SeverityConfigReader.Read(value, problems) };
                    break;
                case "review":
                    config = config with { Review = ReadReview(value, problems) };
                    break;
                case "metadata":
                    config = config with { Metadata = SchemaConfigReader.Read(value, problems) };
                    break;
                case TemplateSettingsReader.SectionKey:
                    config = config with { Templates = TemplateSettingsReader.Read(value, problems) };
                    break;
                default:
                    problems.Add(Problem(key.Start, $"Unknown key '{key}' in the config file: the keys are ignore, metadata, review, severity and templates."));
                    break;
            }
        }

        return config with { Ignore = ignore, Problems = problems };
    }

    private static ReviewSettings ReadReview(YamlNode value, List<ConfigProblem> problems)
    {
        var settings = ReviewSettings.Default;
        if (value is not YamlMappingNode mapping)
        {
            problems.Add(Problem(value.Start, "'review' must be a mapping, such as review: { due-soon-days: 3 }."));
            return settings;
        }

        foreach (var (key, item) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: "due-soon-days" })
            {
                if (item is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int days) && days <= 365)
                {
                    settings = settings with { DueSoonDays = days };
                }
                else
                {
                    problems.Add(Problem(item.Start, "'due-soon-days' must be a whole number of days from 0 to 365."));
                }
            }
            else
            {
                problems.Add(Problem(key.Start, $"Unknown key '{key}' under 'review': the only key is due-soon-days."));
            }
        }

        return settings;
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

    /// <summary>Returns the 1-based mark of the character at <paramref name="index"/> of <paramref name="text"/>.</summary>
    private static Mark ToMark(string text, int index)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new Mark(index, line, index - lineStart + 1);
    }

    private static VaultConfig Invalid(Mark mark, string message) =>
        VaultConfig.Default with { Problems = [Problem(mark, message)] };

    // YamlDotNet marks are 1-based.
    internal static ConfigProblem Problem(Mark mark, string message) =>
        new((int)Math.Max(0, mark.Line - 1), (int)Math.Max(0, mark.Column - 1), message);
}
