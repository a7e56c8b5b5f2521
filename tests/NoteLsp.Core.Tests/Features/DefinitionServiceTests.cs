using NoteLsp.Core.Features;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Features;

public class DefinitionServiceTests
{
    [Fact]
    public void FindDefinition_BlockReference_LandsOnBlock()
    {
        var target = Markup.Parse("# T\n\n{|Ports are not published. ^ports|}\n");
        var source = Markup.Parse("[[t#^po$$rts]]");
        VaultSnapshot vault = VaultFixture.Create(("src.md", source.Text), ("t.md", target.Text));

        NoteLocation? location = DefinitionService.FindDefinition(vault, vault.FindNote("src.md")!, source.Cursor!.Value, CancellationToken.None);

        Assert.NotNull(location);
        Assert.Equal("t.md", location.Path);
        Assert.Equal(target.Spans[0].Start, location.Span.Start);
    }

    [Fact]
    public void FindDefinition_EmojiBeforeLink_UsesUtf16Offsets()
    {
        var source = Markup.Parse("🐳 🐳 [[t$$arget]]");
        VaultSnapshot vault = VaultFixture.Create(("src.md", source.Text), ("target.md", "# Target"));

        NoteLocation? location = DefinitionService.FindDefinition(vault, vault.FindNote("src.md")!, source.Cursor!.Value, CancellationToken.None);

        Assert.Equal("target.md", location?.Path);
    }

    [Fact]
    public void FindDefinition_CursorOutsideLinks_ReturnsNull()
    {
        var source = Markup.Parse("te$$xt [[target]]");
        VaultSnapshot vault = VaultFixture.Create(("src.md", source.Text), ("target.md", "# Target"));

        Assert.Null(DefinitionService.FindDefinition(vault, vault.FindNote("src.md")!, source.Cursor!.Value, CancellationToken.None));
    }

    [Fact]
    public void FindDefinition_Attachment_LandsOnFile()
    {
        var source = Markup.Parse("![[dia$$gram.png]]");
        VaultSnapshot vault = VaultFixture.Create(("src.md", source.Text), ("img/diagram.png", ""));

        NoteLocation? location = DefinitionService.FindDefinition(vault, vault.FindNote("src.md")!, source.Cursor!.Value, CancellationToken.None);

        Assert.Equal("img/diagram.png", location?.Path);
    }

    [Fact]
    public void FindDefinition_CancelledToken_Throws()
    {
        VaultSnapshot vault = VaultFixture.Create(("src.md", "[[x]]"));
        Note note = vault.FindNote("src.md")!;

        Assert.Throws<OperationCanceledException>(() => DefinitionService.FindDefinition(vault, note, 2, new CancellationToken(canceled: true)));
    }
}
