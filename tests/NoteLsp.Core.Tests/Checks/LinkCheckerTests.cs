using NoteLsp.Core.Checks;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Checks;

public class LinkCheckerTests
{
    private static List<NoteDiagnostic> CheckSource(VaultSnapshot vault)
    {
        var diagnostics = new List<NoteDiagnostic>();
        LinkChecker.Check(vault, vault.FindNote("src.md")!, diagnostics);
        return diagnostics;
    }

    [Theory]
    [InlineData("[[{|missing|}]]", "NL1001", "No note named 'missing' in the vault: create it or correct the name.")]
    [InlineData("![[{|missing.png|}]]", "NL1001", "No note or attachment named 'missing.png' in the vault: create it or correct the name.")]
    [InlineData("[[t#{|Nope|}]]", "NL1002", "Note 't' has no heading 'Nope': add it or correct the link.")]
    [InlineData("[[t#{|^gone|}]]", "NL1003", "Note 't' has no block '^gone': add ' ^gone' at the end of a paragraph or correct the link.")]
    [InlineData("[[#{|Nope|}]]", "NL1002", "Note 'src' has no heading 'Nope': add it or correct the link.")]
    [InlineData("{|[[ ]]|}", "NL1006", "Empty wiki link: write a note name between the brackets, such as [[note-name]].")]
    [InlineData("[[{|Ali|}]]", "NL1005", "'Ali' is an alias of note 't', and links must name the note: write [[t|Ali]].")]
    public void Check_BrokenLink_ReportsCodeSpanAndMessage(string marked, string code, string message)
    {
        Markup markup = Markup.Parse(marked);
        var vault = VaultFixture.Create(("src.md", markup.Text), ("t.md", "---\naliases: [Ali]\n---\n# T\ntext ^blk"));

        NoteDiagnostic diagnostic = Assert.Single(CheckSource(vault));

        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(markup.Spans[0], (diagnostic.Span.Start, diagnostic.Span.End));
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void Check_Ambiguous_ListsEveryCandidateAsRelated()
    {
        var vault = VaultFixture.Create(("src.md", "[[dup]]"), ("a/dup.md", ""), ("b/dup.md", ""), ("c/d/dup.md", ""));

        NoteDiagnostic diagnostic = Assert.Single(CheckSource(vault));

        Assert.Equal("NL1004", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(["a/dup.md", "b/dup.md", "c/d/dup.md"], diagnostic.Related!.Select(r => r.NotePath).ToArray());
        Assert.Contains("resolves to 'a/dup.md'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ResolvingLinks_ReportNothing()
    {
        var vault = VaultFixture.Create(
            ("src.md", "[[t]] [[t#T]] [[t#^blk]] [[t|x]] ![[pic.png]] [[#Own]]\n# Own"),
            ("t.md", "# T\ntext ^blk"),
            ("pic.png", string.Empty));

        Assert.Empty(CheckSource(vault));
    }

    [Fact]
    public void Check_BrokenLink_DataCarriesTarget()
    {
        var vault = VaultFixture.Create(("src.md", "[[folder/Missing%20Note#h|alias]]"));

        NoteDiagnostic diagnostic = Assert.Single(CheckSource(vault));

        Assert.Equal("folder/Missing Note", diagnostic.Data!["target"]);
    }
}
