using NoteLsp.Core.Config;
using NoteLsp.Core.Metadata;
using YamlDotNet.RepresentationModel;

namespace NoteLsp.Core.Templates;

/// <summary>
/// Reads the <c>templates</c> section of <c>.notelsp.yaml</c>. Invalid entries become config
/// problems and keep their defaults. Reading never throws.
/// </summary>
/// <example>
/// <code>
/// templates:
///   folder: .notelsp/templates
///   default: concept
///   new-note-folder: inbox
///   slug: false
///   review-interval: +1 month
///   domains: { docker: Docker, k8s: Kubernetes }
///   rules:
///     - folder: "journal/**"
///       template: daily
///       file-name: "{{date}}-{{name}}"
/// </code>
/// </example>
public static class TemplateSettingsReader
{
    public const string SectionKey = "templates";

    /// <summary>Reads the value of the <c>templates</c> key. Problems are added with their position in the config file.</summary>
    public static TemplateSettings Read(YamlNode section, List<ConfigProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(problems);

        if (section is not YamlMappingNode mapping)
        {
            problems.Add(Problem(section, "'templates' must be a mapping of settings, such as 'folder: .notelsp/templates'."));
            return TemplateSettings.Default;
        }

        TemplateSettings settings = TemplateSettings.Default;
        foreach (var (keyNode, value) in mapping.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            settings = key switch
            {
                "folder" => ReadFolder(value, problems) is { } folder ? settings with { Folder = folder } : settings,
                "new-note-folder" => ReadFolder(value, problems) is { } newFolder ? settings with { NewNoteFolder = newFolder } : settings,
                "default" => ReadString(value, problems) is { } name ? settings with { DefaultTemplate = name } : settings,
                "slug" => ReadBool(value, problems) is { } slug ? settings with { Slug = slug } : settings,
                "review-interval" => ReadInterval(value, problems) is { } interval ? settings with { ReviewInterval = interval } : settings,
                "domains" => settings with { Domains = ReadDomains(value, problems) },
                "rules" => settings with { Rules = ReadRules(value, problems) },
                _ => AddProblem(settings, problems, keyNode, $"Unknown key 'templates.{key}': use folder, default, new-note-folder, slug, review-interval, domains or rules."),
            };
        }

        return settings;
    }

    private static string? ReadString(YamlNode value, List<ConfigProblem> problems)
    {
        if (value is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        problems.Add(Problem(value, "Expected a non-empty text value."));
        return null;
    }

    private static string? ReadFolder(YamlNode value, List<ConfigProblem> problems)
    {
        if (value is YamlScalarNode { Value: null or "" or "." or "/" })
        {
            return string.Empty;
        }

        string? text = ReadString(value, problems);
        if (text is null)
        {
            return null;
        }

        string folder = text.Replace('\\', '/').Trim('/');
        if (Path.IsPathRooted(text) || folder.Split('/').Any(s => s == ".."))
        {
            problems.Add(Problem(value, $"The folder '{text}' must be a path inside the vault, such as 'inbox' or '.notelsp/templates'."));
            return null;
        }

        return folder;
    }

    private static bool? ReadBool(YamlNode value, List<ConfigProblem> problems)
    {
        if (value is YamlScalarNode { Value: { } text } && bool.TryParse(text, out bool result))
        {
            return result;
        }

        problems.Add(Problem(value, "Expected true or false."));
        return null;
    }

    private static ReviewInterval? ReadInterval(YamlNode value, List<ConfigProblem> problems)
    {
        if (value is YamlScalarNode { Value: { } text } && ReviewIntervalText.Parse(text) is { } interval)
        {
            return interval;
        }

        problems.Add(Problem(value, "Expected a review interval such as '+3 days', '+2 weeks' or '+1 month'."));
        return null;
    }

    private static Dictionary<string, string> ReadDomains(YamlNode value, List<ConfigProblem> problems)
    {
        var domains = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (value is YamlSequenceNode list)
        {
            // A plain list names the prefixes. Titles then capitalize them.
            foreach (YamlNode item in list.Children)
            {
                if (ReadString(item, problems) is { } prefix)
                {
                    domains[prefix] = NoteTitles.Capitalize(prefix);
                }
            }

            return domains;
        }

        if (value is not YamlMappingNode mapping)
        {
            problems.Add(Problem(value, "'domains' must map name prefixes to the text titles show, such as 'docker: Docker'."));
            return new Dictionary<string, string>(TemplateSettings.DefaultDomains, StringComparer.OrdinalIgnoreCase);
        }

        foreach (var (key, shown) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { Length: > 0 } prefix } && ReadString(shown, problems) is { } text)
            {
                domains[prefix] = text;
            }
        }

        return domains;
    }

    private static List<TemplateRule> ReadRules(YamlNode value, List<ConfigProblem> problems)
    {
        var rules = new List<TemplateRule>();
        if (value is not YamlSequenceNode list)
        {
            problems.Add(Problem(value, "'rules' must be a list of entries with 'folder' and 'template'."));
            return rules;
        }

        foreach (YamlNode item in list.Children)
        {
            if (item is not YamlMappingNode entry
                || Scalar(entry, "folder") is not { Length: > 0 } folder
                || Scalar(entry, "template") is not { Length: > 0 } template)
            {
                problems.Add(Problem(item, "Each rule needs 'folder' (a glob such as 'journal/**') and 'template' (a template name)."));
                continue;
            }

            rules.Add(new TemplateRule(new Glob(folder), template, Scalar(entry, "file-name")));
        }

        return rules;
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? node) && node is YamlScalarNode { Value: { } value }
            ? value.Trim()
            : null;

    private static TemplateSettings AddProblem(TemplateSettings settings, List<ConfigProblem> problems, YamlNode node, string message)
    {
        problems.Add(Problem(node, message));
        return settings;
    }

    private static ConfigProblem Problem(YamlNode node, string message) => VaultConfigReader.Problem(node.Start, message);
}
