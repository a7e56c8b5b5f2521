using NoteLsp.Core.Features;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Features;

public class SymbolServiceTests
{
    [Fact]
    public void GetOutline_SkippedLevels_NestUnderNearestShallowerHeading()
    {
        VaultSnapshot vault = VaultFixture.Create(("n.md", "# T\n\n### Deep\n\n## Mid\n\n#### Deeper\n\n# Second\n"));

        var outline = SymbolService.GetOutline(vault.FindNote("n.md")!);

        Assert.Equal(["T", "Second"], outline.Select(s => s.Name));
        Assert.Equal(["Deep", "Mid"], outline[0].Children.Select(s => s.Name));
        Assert.Equal("Deeper", Assert.Single(outline[0].Children[1].Children).Name);
    }

    [Theory]
    [InlineData("docker-why-containers", "dock", 0)]
    [InlineData("docker-why-containers", "WHY", 1)]
    [InlineData("docker-why-containers", "dwc", 2)]
    [InlineData("docker-why-containers", "cwd", null)]
    [InlineData("Überblick", "über", 0)]
    public void MatchScore_RanksPrefixContiguousSubsequence(string name, string query, int? expected) =>
        Assert.Equal(expected, SymbolService.MatchScore(name, query));

    [Fact]
    public void Search_FindsNotesHeadingsAndAliases_BestFirst()
    {
        VaultSnapshot vault = VaultFixture.Create(
            ("images.md", "---\naliases: [layers]\n---\n# Images\n\n## Layer cache\n"),
            ("player.md", "# Player\n"));

        var symbols = SymbolService.Search(vault, "layer", CancellationToken.None);

        Assert.Equal(
            [("layers", NoteSymbolKind.Alias), ("Layer cache", NoteSymbolKind.Heading), ("player", NoteSymbolKind.Note), ("Player", NoteSymbolKind.Heading)],
            symbols.Select(s => (s.Name, s.Kind)));
    }
}
