using System.Text;
using NoteLsp.Core.Notes;

namespace NoteLsp.Core.Templates;

/// <summary>
/// The templates of one vault: the built-in ones, plus each <c>NAME.md</c> in the vault's template
/// folder, which adds the template NAME or replaces the built-in one of that name.
/// </summary>
public sealed class TemplateCatalog
{
    /// <summary>Template files larger than this are skipped. A template is a page of text.</summary>
    public const long MaxTemplateBytes = 256 * 1024;

    private readonly Dictionary<string, NoteTemplate> _templates;

    public TemplateCatalog(TemplateSettings settings, IEnumerable<NoteTemplate> vaultTemplates, IReadOnlyList<string>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(vaultTemplates);

        Settings = settings;
        Problems = problems ?? [];
        _templates = new Dictionary<string, NoteTemplate>(StringComparer.OrdinalIgnoreCase);
        foreach (NoteTemplate template in BuiltInTemplates.All.Concat(vaultTemplates))
        {
            _templates[template.Name] = template;
        }
    }

    /// <summary>A catalog with the built-in templates and default settings.</summary>
    public static TemplateCatalog Default { get; } = new(TemplateSettings.Default, []);

    public TemplateSettings Settings { get; }

    /// <summary>Template files that could not be read, as messages that name the file.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Every template name, in alphabetical order.</summary>
    public IEnumerable<string> Names => _templates.Keys.Order(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Reads the template folder that <paramref name="settings"/> names in the vault at <paramref name="vaultRoot"/>.
    /// A missing folder means built-in templates only. Unreadable files are listed in <see cref="Problems"/>.
    /// </summary>
    public static TemplateCatalog Load(string vaultRoot, TemplateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string folder = settings.Folder.Length == 0
            ? vaultRoot
            : Path.Combine(vaultRoot, settings.Folder.Replace('/', Path.DirectorySeparatorChar));
        if (!Directory.Exists(folder))
        {
            return new TemplateCatalog(settings, []);
        }

        var templates = new List<NoteTemplate>();
        var problems = new List<string>();
        foreach (string file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            string relative = settings.Folder.Length == 0 ? Path.GetFileName(file) : $"{settings.Folder}/{Path.GetFileName(file)}";
            NoteTemplate? template = ReadTemplate(file, relative, problems);
            if (template is not null)
            {
                templates.Add(template);
            }
        }

        return new TemplateCatalog(settings, templates, problems);
    }

    /// <summary>Returns the template named <paramref name="name"/> (case-insensitive), or null.</summary>
    public NoteTemplate? Find(string name) => _templates.GetValueOrDefault(name);

    /// <summary>
    /// Returns the template for a new note at <paramref name="notePath"/>: the first rule whose
    /// folder glob matches it, else the template named after <paramref name="kind"/> (the first tag
    /// of the note that links to the new one) when the catalog has one, else the default template.
    /// The rule is null when none matched.
    /// </summary>
    public (NoteTemplate? Template, TemplateRule? Rule) Choose(string notePath, string? kind = null)
    {
        TemplateRule? rule = Settings.Rules.FirstOrDefault(r => r.Folder.IsMatch(notePath));
        if (rule is not null)
        {
            return (Find(rule.Template), rule);
        }

        NoteTemplate? byKind = kind is null ? null : Find(kind);
        return (byKind ?? Find(Settings.DefaultTemplate), null);
    }

    private static NoteTemplate? ReadTemplate(string file, string relative, List<string> problems)
    {
        try
        {
            if (new FileInfo(file).Length > MaxTemplateBytes)
            {
                problems.Add($"Template '{relative}' is larger than {MaxTemplateBytes / 1024} KiB and was skipped.");
                return null;
            }

            byte[] bytes = File.ReadAllBytes(file);
            string text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
            return new NoteTemplate(NotePaths.GetStem(relative), text, relative);
        }
        catch (DecoderFallbackException)
        {
            problems.Add($"Template '{relative}' is not valid UTF-8 and was skipped: save it as UTF-8.");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add($"Template '{relative}' cannot be read and was skipped: {e.Message}");
            return null;
        }
    }
}
