using NoteLsp.Core.Config;
using NoteLsp.Core.Metadata;

namespace NoteLsp.Core.Templates;

/// <summary>
/// How new notes are named, placed and filled in: the <c>templates</c> section of <c>.notelsp.yaml</c>.
/// <see cref="Default"/> applies when the section is missing.
/// </summary>
/// <param name="Folder">The vault-relative folder of vault templates. Each <c>NAME.md</c> in it is the template NAME.</param>
/// <param name="DefaultTemplate">The template used when no rule matches and none is named.</param>
/// <param name="NewNoteFolder">The vault-relative folder that new notes from links are created under. Empty for the vault root.</param>
/// <param name="Slug">Whether file names are turned into lower-case kebab-case (<c>Docker Images</c> becomes <c>docker-images</c>).</param>
/// <param name="ReviewInterval">The interval between the creation date and the first review.</param>
/// <param name="Domains">Known name prefixes and how titles show them: <c>docker</c> makes <c>docker-images-layers</c> the title "Images Layers - Docker".</param>
/// <param name="Rules">Folder globs that choose a template (and optionally a file name) for new notes. The first match wins.</param>
public sealed record TemplateSettings(
    string Folder,
    string DefaultTemplate,
    string NewNoteFolder,
    bool Slug,
    ReviewInterval ReviewInterval,
    IReadOnlyDictionary<string, string> Domains,
    IReadOnlyList<TemplateRule> Rules)
{
    public const string DefaultFolder = ".notelsp/templates";

    /// <summary>Domains known without configuration, with the spelling titles use.</summary>
    public static IReadOnlyDictionary<string, string> DefaultDomains { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["docker"] = "Docker",
        ["kubernetes"] = "Kubernetes",
        ["k8s"] = "Kubernetes",
        ["git"] = "Git",
        ["linux"] = "Linux",
        ["bash"] = "Bash",
        ["python"] = "Python",
        ["javascript"] = "JavaScript",
        ["typescript"] = "TypeScript",
        ["react"] = "React",
        ["dotnet"] = ".NET",
        ["csharp"] = "C#",
        ["rust"] = "Rust",
        ["java"] = "Java",
        ["sql"] = "SQL",
        ["postgres"] = "PostgreSQL",
        ["redis"] = "Redis",
        ["nginx"] = "Nginx",
        ["aws"] = "AWS",
        ["azure"] = "Azure",
        ["gcp"] = "GCP",
        ["terraform"] = "Terraform",
        ["ansible"] = "Ansible",
        ["networking"] = "Networking",
        ["security"] = "Security",
    };

    public static TemplateSettings Default { get; } = new(
        DefaultFolder,
        BuiltInTemplates.ConceptName,
        string.Empty,
        Slug: false,
        ReviewIntervalText.OneMonth,
        DefaultDomains,
        []);
}

/// <summary>Chooses <see cref="Template"/> for new notes whose vault-relative path matches <see cref="Folder"/>.</summary>
/// <param name="FileName">A file name pattern with template variables, such as <c>{{date}}-{{name}}</c>. Null keeps the linked name.</param>
public sealed record TemplateRule(Glob Folder, string Template, string? FileName);
