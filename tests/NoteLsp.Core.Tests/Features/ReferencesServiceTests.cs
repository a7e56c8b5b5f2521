using NoteLsp.Core.Features;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Features;

public class ReferencesServiceTests
{
    [Fact]
    public void FindReferences_OnTitle_FindsLinksEmbedsAliasLinksAndSelfLinks()
    {
        var target = Markup.Parse("---\naliases: [box]\n---\n# Tar$$get\n\n## Part\n\n{|[[#Part]]|}\n");
        var a = Markup.Parse("{|[[target]]|} {|![[target]]|} [[other]]");
        var b = Markup.Parse("{|[[deep/target|label]]|} {|[[target#Part]]|}");
        VaultSnapshot vault = VaultFixture.Create(("deep/target.md", target.Text), ("a.md", a.Text), ("b.md", b.Text), ("other.md", ""));

        var references = ReferencesService.FindReferences(vault, vault.FindNote("deep/target.md")!, target.Cursor!.Value, includeDeclaration: false, CancellationToken.None);

        Assert.Equal(
            [("a.md", a.Spans[0].Start), ("a.md", a.Spans[1].Start), ("b.md", b.Spans[0].Start), ("b.md", b.Spans[1].Start), ("deep/target.md", target.Spans[0].Start)],
            references.Select(r => (r.Path, r.Span.Start)));
    }

    [Fact]
    public void FindReferences_OnSubheading_OnlyLinksToThatHeading()
    {
        var target = Markup.Parse("# Target\n\n## Pa$$rt\n\n## Other\n");
        var a = Markup.Parse("[[target]] {|[[target#part]]|} [[target#Other]]");
        VaultSnapshot vault = VaultFixture.Create(("target.md", target.Text), ("a.md", a.Text));

        var references = ReferencesService.FindReferences(vault, vault.FindNote("target.md")!, target.Cursor!.Value, includeDeclaration: false, CancellationToken.None);

        var reference = Assert.Single(references);
        Assert.Equal(a.Spans[0].Start, reference.Span.Start);
    }

    [Fact]
    public void FindReferences_IncludeDeclaration_PutsTitleFirst()
    {
        var target = Markup.Parse("{|# Target|}\n");
        var source = Markup.Parse("[[tar$$get]]");
        VaultSnapshot vault = VaultFixture.Create(("target.md", target.Text), ("src.md", source.Text));

        var references = ReferencesService.FindReferences(vault, vault.FindNote("src.md")!, source.Cursor!.Value, includeDeclaration: true, CancellationToken.None);

        Assert.Equal(2, references.Count);
        Assert.Equal(("target.md", target.Spans[0].Start), (references[0].Path, references[0].Span.Start));
        Assert.Equal("src.md", references[1].Path);
    }

    [Fact]
    public void FindReferences_OnBrokenLink_ReturnsEmpty()
    {
        var source = Markup.Parse("[[mis$$sing]]");
        VaultSnapshot vault = VaultFixture.Create(("src.md", source.Text));

        Assert.Empty(ReferencesService.FindReferences(vault, vault.FindNote("src.md")!, source.Cursor!.Value, includeDeclaration: true, CancellationToken.None));
    }
}
