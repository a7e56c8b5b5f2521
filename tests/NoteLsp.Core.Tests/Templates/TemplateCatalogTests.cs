using NoteLsp.Core.Config;
using NoteLsp.Core.Templates;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Templates;

public sealed class TemplateCatalogTests
{
    [Fact]
    public void Load_VaultTemplates_AddAndReplaceBuiltIns()
    {
        using var vault = new TempVault();
        vault.Write(".notelsp/templates/concept.md", "# {{title}} (mine)\n");
        vault.Write(".notelsp/templates/daily.md", "# {{date}}\n");

        TemplateCatalog catalog = TemplateCatalog.Load(vault.RootPath, TemplateSettings.Default);

        Assert.Equal(["concept", "daily"], catalog.Names);
        Assert.Equal("# {{title}} (mine)\n", catalog.Find("Concept")!.Text);
        Assert.Equal(".notelsp/templates/daily.md", catalog.Find("daily")!.Source);
        Assert.Empty(catalog.Problems);
    }

    [Fact]
    public void Load_InvalidUtf8Template_IsSkippedWithProblem()
    {
        using var vault = new TempVault();
        Directory.CreateDirectory(vault.FullPath(".notelsp/templates"));
        File.WriteAllBytes(vault.FullPath(".notelsp/templates/broken.md"), [0x23, 0x20, 0xC3, 0x28]);

        TemplateCatalog catalog = TemplateCatalog.Load(vault.RootPath, TemplateSettings.Default);

        Assert.Null(catalog.Find("broken"));
        Assert.Contains("not valid UTF-8", Assert.Single(catalog.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_RuleMatchesFolder_ReturnsRuleTemplate()
    {
        var settings = TemplateSettings.Default with { Rules = [new TemplateRule(new Glob("journal/**"), "daily", null)] };
        var catalog = new TemplateCatalog(settings, [new NoteTemplate("daily", "# {{date}}", "tpl/daily.md")]);

        Assert.Equal("daily", catalog.Choose("journal/2026/standup.md").Template!.Name);
        Assert.Equal("concept", catalog.Choose("docker/images.md").Template!.Name);
        Assert.Null(catalog.Choose("docker/images.md").Rule);
    }

    [Fact]
    public void Choose_SourceKindHasTemplate_ReturnsThatTemplate()
    {
        var catalog = new TemplateCatalog(TemplateSettings.Default, [new NoteTemplate("project", "# {{title}} (project)", "tpl/project.md")]);

        Assert.Equal("project", catalog.Choose("plans/launch.md", "project").Template!.Name);
        Assert.Equal("concept", catalog.Choose("plans/launch.md", "meeting").Template!.Name);
        Assert.Equal("concept", catalog.Choose("plans/launch.md").Template!.Name);
    }
}
