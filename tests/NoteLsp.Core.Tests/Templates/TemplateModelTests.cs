using NoteLsp.Core.Config;
using NoteLsp.Core.Metadata;
using NoteLsp.Core.Templates;

namespace NoteLsp.Core.Tests.Templates;

public sealed class TemplateModelTests
{
    [Theory]
    [InlineData("+3 days", 3, ReviewIntervalUnit.Day)]
    [InlineData("+2 weeks", 2, ReviewIntervalUnit.Week)]
    [InlineData("+1 month", 1, ReviewIntervalUnit.Month)]
    [InlineData("6 Months", 6, ReviewIntervalUnit.Month)]
    [InlineData("+1 year", 1, ReviewIntervalUnit.Year)]
    public void ReviewIntervalParse_ValidText_ReturnsInterval(string text, int count, ReviewIntervalUnit unit)
    {
        Assert.Equal(new ReviewInterval(count, unit), ReviewIntervalText.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("+0 days")]
    [InlineData("soon")]
    [InlineData("+1 month later")]
    [InlineData("+3m")]
    public void ReviewIntervalParse_InvalidText_ReturnsNull(string text)
    {
        Assert.Null(ReviewIntervalText.Parse(text));
    }

    [Fact]
    public void ReviewInterval_FormatsAndAddsLikeNotes()
    {
        Assert.Equal("+1 month", ReviewIntervalText.Format(ReviewIntervalText.OneMonth));
        Assert.Equal("+2 months", ReviewIntervalText.Format(new ReviewInterval(2, ReviewIntervalUnit.Month)));
        Assert.Equal("+1 week", ReviewIntervalText.Format(ReviewIntervalText.OneWeek));
        Assert.Equal(new DateOnly(2026, 2, 28), ReviewIntervalText.OneMonth.AddTo(new DateOnly(2026, 1, 31)));
        Assert.Equal(new DateOnly(2026, 1, 9), new ReviewInterval(3, ReviewIntervalUnit.Day).AddTo(new DateOnly(2026, 1, 6)));
    }

    [Theory]
    [InlineData("docker-images-layers", "Images Layers - Docker")]
    [InlineData("docker-containers-lifecycle", "Containers Lifecycle - Docker")]
    [InlineData("learnings", "Learnings")]
    [InlineData("docker", "Docker")]
    [InlineData("k8s_pods", "Pods - Kubernetes")]
    [InlineData("my-first-note", "My First Note")]
    public void NoteTitlesFromName_DefaultDomains_BuildsTitle(string name, string expected)
    {
        Assert.Equal(expected, NoteTitles.FromName(name, TemplateSettings.DefaultDomains));
    }

    [Fact]
    public void SettingsRead_FullSection_ReadsEveryKey()
    {
        VaultConfig config = VaultConfigReader.Read("""
            ignore: [drafts/]
            templates:
              folder: tpl
              default: daily
              new-note-folder: inbox/
              slug: true
              review-interval: +2 weeks
              domains: { infra: Infrastructure }
              rules:
                - folder: "journal/**"
                  template: daily
                  file-name: "{{date}}"
            """);
        TemplateSettings settings = config.Templates;

        Assert.Empty(config.Problems);
        Assert.Equal("tpl", settings.Folder);
        Assert.Equal("daily", settings.DefaultTemplate);
        Assert.Equal("inbox", settings.NewNoteFolder);
        Assert.True(settings.Slug);
        Assert.Equal(new ReviewInterval(2, ReviewIntervalUnit.Week), settings.ReviewInterval);
        Assert.Equal("Infrastructure", settings.Domains["infra"]);
        TemplateRule rule = Assert.Single(settings.Rules);
        Assert.True(rule.Folder.IsMatch("journal/2026/x.md"));
        Assert.Equal("{{date}}", rule.FileName);
    }

    [Fact]
    public void SettingsRead_InvalidValues_ReportsProblemsAndKeepsDefaults()
    {
        VaultConfig config = VaultConfigReader.Read("""
            templates:
              folder: ../outside
              slug: maybe
              review-interval: later
              colour: blue
              rules:
                - template: daily
            """);
        TemplateSettings settings = config.Templates;

        Assert.Equal(5, config.Problems.Count);
        Assert.Equal(TemplateSettings.DefaultFolder, settings.Folder);
        Assert.False(settings.Slug);
        Assert.Equal(ReviewIntervalText.OneMonth, settings.ReviewInterval);
        Assert.Empty(settings.Rules);
        Assert.Equal(1, config.Problems[0].Line);
    }

    [Fact]
    public void SettingsRead_NoSectionOrInvalidYaml_ReturnsDefaults()
    {
        Assert.Same(TemplateSettings.Default, VaultConfigReader.Read("ignore: [x]").Templates);
        Assert.Same(TemplateSettings.Default, VaultConfigReader.Read("templates: [unclosed").Templates);
    }
}
