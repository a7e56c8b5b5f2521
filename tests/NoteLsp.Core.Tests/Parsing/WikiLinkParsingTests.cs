using NoteLsp.Core.Notes;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Parsing;

public class WikiLinkParsingTests
{
    /// <summary>Each case marks the target span of every link it expects with {|…|}.</summary>
    [Theory]
    [InlineData("See [[{|note|}]].")]
    [InlineData("See [[{|note|}|shown text]].")]
    [InlineData("See [[{|note|}#Heading]] and [[{|other|}#^block-1]].")]
    [InlineData("See [[{|folder/note|}]] and ![[{|diagram.png|}]].")]
    [InlineData("- item with [[{|a|}]]\n- [[{|b|}]]")]
    [InlineData("> quoted [[{|q|}]]")]
    [InlineData("# Heading with [[{|h|}]]")]
    [InlineData("**Related to**: [[{|x|}]], [[{|y|}]]")]
    [InlineData("[[{|a|}]][[{|b|}]]")]
    [InlineData("Two [[{| spaced |}]] links")]
    public void Parse_LinkCases_FindsEveryTarget(string marked)
    {
        Markup markup = Markup.Parse(marked);

        Note note = VaultFixture.Parse("n.md", markup.Text);

        Assert.Equal(markup.Spans, note.Links.Select(l => (l.TargetSpan.Start, l.TargetSpan.End)).ToArray());
    }

    [Theory]
    [InlineData("Inline code `[[not-a-link]]` here.")]
    [InlineData("```\n[[fenced]]\n```")]
    [InlineData("```mermaid\ngraph TD; A[[sub]] --> B\n```")]
    [InlineData("Text\n\n    [[indented-code]]\n")]
    [InlineData("Escaped \\[[not-a-link]] here.")]
    [InlineData("Unclosed [[link\non two lines]]")]
    [InlineData("Empty [[]] brackets")]
    [InlineData("A URL <https://example.com/[[x]]> here.")]
    [InlineData("A bare URL https://example.com/a[[x]] here.")]
    [InlineData("A link [text](https://example.com/[[x]]) here.")]
    [InlineData("## Example\n\n```yaml\nrelated: [[example]]\n```")]
    public void Parse_NotALink_FindsNoLinks(string text)
    {
        Note note = VaultFixture.Parse("n.md", text);

        Assert.Empty(note.Links);
    }

    [Fact]
    public void Parse_FullLink_RecordsEveryPart()
    {
        Markup markup = Markup.Parse("x {|![[folder/note#Some Heading|Shown]]|} y");

        WikiLink link = Assert.Single(VaultFixture.Parse("n.md", markup.Text).Links);

        Assert.Equal(markup.Spans[0], (link.Span.Start, link.Span.End));
        Assert.True(link.IsEmbed);
        Assert.Equal("folder/note", link.Target);
        Assert.Equal("Some Heading", link.Fragment);
        Assert.Equal("Shown", link.Alias);
        Assert.Equal("Some Heading", markup.Text[link.FragmentSpan!.Value.Start..link.FragmentSpan.Value.End]);
        Assert.Equal("Shown", markup.Text[link.AliasSpan!.Value.Start..link.AliasSpan.Value.End]);
    }

    [Fact]
    public void Parse_TableEscapedPipe_SplitsAlias()
    {
        string text = VaultFixture.Lines(
            "| Note | Why |",
            "| --- | --- |",
            "| [[target\\|Alias]] | reason |");

        WikiLink link = Assert.Single(VaultFixture.Parse("n.md", text).Links);

        Assert.Equal("target", link.Target);
        Assert.Equal("Alias", link.Alias);
        Assert.Equal(LinkContext.Table, link.Context);
    }

    [Fact]
    public void Parse_BlockReference_IsMarked()
    {
        WikiLink link = Assert.Single(VaultFixture.Parse("n.md", "[[note#^abc-1]]").Links);

        Assert.True(link.IsBlockReference);
        Assert.Equal("^abc-1", link.Fragment);
    }

    [Fact]
    public void Parse_DataBlocks_LinksFound()
    {
        string text = VaultFixture.Lines(
            "---",
            "related: \"[[front]]\"",
            "---",
            "# Title",
            "## 📋 Metadata",
            "```yaml",
            "prerequisite: [[meta]]",
            "```",
            "## Other",
            "```yaml",
            "example: [[example-only]]",
            "```",
            "## 📊 Stats",
            "```yaml",
            "Used in: [[stats]]",
            "```");

        Note note = VaultFixture.Parse("n.md", text);

        Assert.Equal(["front", "meta", "stats"], note.Links.Select(l => l.Target).ToArray());
        Assert.All(note.Links, l => Assert.Equal(LinkContext.Data, l.Context));
        Assert.Equal(
            [DataBlockKind.FrontMatter, DataBlockKind.MetadataSection, DataBlockKind.StatsSection],
            note.DataBlocks.Select(b => b.Kind).ToArray());
    }

    [Fact]
    public void Parse_SecondMetadataYaml_IsExample()
    {
        string text = VaultFixture.Lines(
            "## Metadata",
            "```yaml",
            "a: [[first]]",
            "```",
            "```yaml",
            "b: [[second]]",
            "```");

        Note note = VaultFixture.Parse("n.md", text);

        Assert.Equal("first", Assert.Single(note.Links).Target);
        Assert.Single(note.DataBlocks);
    }

    [Fact]
    public void Parse_FrontMatterContentSpan_ExcludesFences()
    {
        string text = "---\r\ntags: [a]\r\n...\r\n# T";

        DataBlock block = Assert.Single(VaultFixture.Parse("n.md", text).DataBlocks);

        Assert.Equal("tags: [a]\r\n", text[block.ContentSpan.Start..block.ContentSpan.End]);
    }
}
