using NoteLsp.Core.Features;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Features;

public class HoverServiceTests
{
    private static readonly DateOnly Today = new(2026, 1, 20);

    [Fact]
    public void GetHover_NoteWithoutTldr_ShowsFirstParagraph()
    {
        var source = Markup.Parse("{|[[tar$$get]]|}");
        VaultSnapshot vault = VaultFixture.Create(("src.md", source.Text), ("target.md", "# Target\n\nFirst paragraph\ncontinues here.\n\nSecond paragraph.\n"));

        HoverContent? hover = HoverService.GetHover(vault, vault.FindNote("src.md")!, source.Cursor!.Value, Today, CancellationToken.None);

        Assert.NotNull(hover);
        Assert.Contains("First paragraph\ncontinues here.", hover.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Second paragraph", hover.Markdown, StringComparison.Ordinal);
        Assert.Equal(source.Spans[0].Start, hover.Span.Start);
        Assert.Equal(source.Spans[0].End, hover.Span.End);
    }

    [Fact]
    public void GetHover_FrontMatterMetadata_SummarizesIt()
    {
        var source = Markup.Parse("[[tar$$get]]");
        const string target = "---\ntags:\n  - concept\n  - yaml\ndifficulty: ⭐⭐ (2/5)\ntime-to-master: 2h\n---\n# Target\n";
        VaultSnapshot vault = VaultFixture.Create(("src.md", source.Text), ("target.md", target));

        HoverContent? hover = HoverService.GetHover(vault, vault.FindNote("src.md")!, source.Cursor!.Value, Today, CancellationToken.None);

        Assert.Contains("Difficulty ⭐⭐ (2/5) · Time to master 2h · Tags concept, yaml", hover?.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void GetHover_BrokenLink_SaysNoSuchNote()
    {
        var source = Markup.Parse("[[gh$$ost]]");
        VaultSnapshot vault = VaultFixture.Create(("src.md", source.Text));

        HoverContent? hover = HoverService.GetHover(vault, vault.FindNote("src.md")!, source.Cursor!.Value, Today, CancellationToken.None);

        Assert.Equal("No note named `ghost` in the vault.", hover?.Markdown);
    }

    [Fact]
    public void GetHover_PlainText_ReturnsNull()
    {
        var source = Markup.Parse("# Ti$$tle\n");
        VaultSnapshot vault = VaultFixture.Create(("src.md", source.Text));

        Assert.Null(HoverService.GetHover(vault, vault.FindNote("src.md")!, source.Cursor!.Value, Today, CancellationToken.None));
    }

    [Theory]
    [InlineData(2026, 1, 21, "Review due in 1 day")]
    [InlineData(2026, 1, 19, "Review overdue by 1 day")]
    [InlineData(2025, 12, 20, "Review overdue by 31 days")]
    public void DescribeDue_CountsDays(int year, int month, int day, string expected) =>
        Assert.Equal(expected, HoverService.DescribeDue(new DateOnly(year, month, day), Today));
}
