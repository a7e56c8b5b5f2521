using NoteLsp.Core.Metadata;
using NoteLsp.Core.Templates;

namespace NoteLsp.Core.Tests.Templates;

public sealed class TemplateRendererTests
{
    private static readonly TemplateVariables Variables = new(
        "docker-images-layers",
        "docker/docker-images-layers.md",
        "Images Layers - Docker",
        "Images Layers",
        "docker",
        ["docker-why-containers", "notes/index"],
        "layers",
        new DateOnly(2026, 1, 31),
        new ReviewInterval(1, ReviewIntervalUnit.Month));

    [Theory]
    [InlineData("{{title}}", "Images Layers - Docker")]
    [InlineData("{{ name }}", "docker-images-layers")]
    [InlineData("{{path}} in {{folder}}", "docker/docker-images-layers.md in docker")]
    [InlineData("{{topic}}/{{domain}}", "Images Layers/docker")]
    [InlineData("[{{tags}}]", "[concept, docker]")]
    [InlineData("{{source}}", "docker-why-containers")]
    [InlineData("{{related}}", "[[docker-why-containers]], [[notes/index]]")]
    [InlineData("{{alias}}", "layers")]
    [InlineData("{{date}}", "2026-01-31")]
    [InlineData("{{date:D MMMM YYYY}}", "31 January 2026")]
    [InlineData("{{date:ddd DD/MM/YY}}", "Sat 31/01/26")]
    [InlineData("{{date:[Week of] YYYY-M-D}}", "Week of 2026-1-31")]
    [InlineData("{{next-review}} ({{review-interval}})", "2026-02-28 (+1 month)")]
    public void Render_KnownVariable_IsReplaced(string template, string expected)
    {
        Assert.Equal(expected, TemplateRenderer.Render(template, Variables));
    }

    [Theory]
    [InlineData("{{unknown}}")]
    [InlineData("{{title:upper}}")]
    [InlineData("{{ }}")]
    [InlineData("{title}")]
    public void Render_UnknownPlaceholder_StaysAsWritten(string template)
    {
        Assert.Equal(template, TemplateRenderer.Render(template, Variables));
    }

    [Fact]
    public void Render_ValueContainingPlaceholder_IsNotExpandedAgain()
    {
        TemplateVariables variables = Variables with { Title = "{{date}}" };

        Assert.Equal("# {{date}} 2026-01-31", TemplateRenderer.Render("# {{title}} {{date}}", variables));
    }

    [Fact]
    public void Render_NoSources_RelatedIsNone()
    {
        TemplateVariables variables = Variables with { Sources = [] };

        Assert.Equal("None ()", TemplateRenderer.Render("{{related}} ({{source}})", variables));
    }
}
