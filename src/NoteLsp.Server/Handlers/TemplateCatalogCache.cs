using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using NoteLsp.Core.Templates;
using NoteLsp.Server.Session;

namespace NoteLsp.Server.Handlers;

/// <summary>
/// The template catalog of each workspace, read again only when the template settings or the
/// template files (names, sizes, modification times) change, because editors request code
/// actions on every cursor move.
/// </summary>
public sealed class TemplateCatalogCache
{
    private readonly ConcurrentDictionary<string, (TemplateSettings Settings, string Fingerprint, TemplateCatalog Catalog)> _catalogs = new(StringComparer.Ordinal);

    /// <summary>Returns the catalog of <paramref name="workspace"/>. The client's <c>templates.folder</c> setting overrides the vault's.</summary>
    public TemplateCatalog Get(VaultWorkspace workspace, ServerSettings serverSettings)
    {
        TemplateSettings settings = workspace.Vault.Config.Templates;
        // A folder outside the vault is ignored: templates are read only from inside it.
        string? folder = serverSettings.TemplatesFolder?.Replace('\\', '/').Trim('/');
        bool inside = folder is not null && !Path.IsPathRooted(folder) && !folder.Split('/').Contains("..");
        if (inside && settings.Folder != folder)
        {
            settings = settings with { Folder = folder! };
        }

        string fingerprint = Fingerprint(workspace.RootPath, settings);
        if (_catalogs.TryGetValue(workspace.RootPath, out var cached)
            && cached.Settings == settings
            && cached.Fingerprint == fingerprint)
        {
            return cached.Catalog;
        }

        TemplateCatalog catalog = TemplateCatalog.Load(workspace.RootPath, settings);
        _catalogs[workspace.RootPath] = (settings, fingerprint, catalog);
        return catalog;
    }

    private static string Fingerprint(string root, TemplateSettings settings)
    {
        string folder = Path.Combine(root, settings.Folder.Replace('/', Path.DirectorySeparatorChar));
        if (!Directory.Exists(folder))
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (FileInfo file in new DirectoryInfo(folder).EnumerateFiles("*.md").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            builder.Append(file.Name).Append('|')
                .Append(file.Length.ToString(CultureInfo.InvariantCulture)).Append('|')
                .Append(file.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return builder.ToString();
    }
}
