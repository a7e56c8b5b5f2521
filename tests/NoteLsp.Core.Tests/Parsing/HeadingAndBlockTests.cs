using NoteLsp.Core.Notes;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Parsing;

public class HeadingAndBlockTests
{
    [Fact]
    public void Parse_EmojiHeadings_TextAndSpanExact()
    {
        Markup markup = Markup.Parse(VaultFixture.Lines(
            "# {|Why Containers? - Docker|}",
            "",
            "## {|🎯 TL;DR (30 seconds)|} ##",
            "text",
            "### {|⚠️ Pitfall 1: Assuming|}"));

        Note note = VaultFixture.Parse("n.md", markup.Text);

        Assert.Equal(markup.Spans, note.Headings.Select(h => (h.TextSpan.Start, h.TextSpan.End)).ToArray());
        Assert.Equal("Why Containers? - Docker", note.Title);
        Assert.Equal("-tldr-30-seconds", note.Headings[1].Slug);
        Assert.Equal([1, 2, 3], note.Headings.Select(h => h.Level).ToArray());
    }

    [Fact]
    public void Parse_Sections_EndAtNextHeadingOfSameOrHigherLevel()
    {
        string text = VaultFixture.Lines("# A", "## B", "x", "### C", "## D", "y");

        Note note = VaultFixture.Parse("n.md", text);

        Heading b = note.Headings[1];
        Assert.Equal("## B\nx\n### C\n", text[b.SectionSpan.Start..b.SectionSpan.End]);
        Assert.Equal(text.Length, note.Headings[0].SectionSpan.End);
    }

    [Fact]
    public void Parse_SetextHeading_IsHeading()
    {
        Note note = VaultFixture.Parse("n.md", "Title here\n==========\n");

        Assert.Equal("Title here", Assert.Single(note.Headings).Text);
    }

    [Fact]
    public void Parse_BlockIds_ParagraphAndListItemAndOwnLine()
    {
        Markup markup = Markup.Parse(VaultFixture.Lines(
            "A paragraph {|^para-1|}",
            "",
            "- item one {|^item|}",
            "- item two",
            "",
            "> quote",
            "",
            "{|^quote-id|}"));

        Note note = VaultFixture.Parse("n.md", markup.Text);

        Assert.Equal(["para-1", "item", "quote-id"], note.Blocks.Select(b => b.Id).ToArray());
        Assert.Equal(markup.Spans, note.Blocks.Select(b => (b.Span.Start, b.Span.End)).ToArray());
        Assert.Equal("> quote", markup.Text[note.Blocks[2].BlockSpan.Start..note.Blocks[2].BlockSpan.End]);
    }

    [Fact]
    public void Parse_CaretInsideText_IsNotBlockId()
    {
        Note note = VaultFixture.Parse("n.md", "2^10 is 1024 and x^y too");

        Assert.Empty(note.Blocks);
    }

    [Theory]
    [InlineData("🎯 TL;DR (30 seconds)", "tldr-30-seconds")]
    [InlineData("1. VMs vs Containers", "1-vms-vs-containers")]
    [InlineData("Café Déjà-vu", "café-déjà-vu")]
    [InlineData("The \"Works on My Machine\" Problem", "the-works-on-my-machine-problem")]
    public void Slugs_ToComparable_DropsPunctuationAndEmoji(string heading, string expected)
    {
        Assert.Equal(expected, Slugs.ToComparable(heading));
    }
}
