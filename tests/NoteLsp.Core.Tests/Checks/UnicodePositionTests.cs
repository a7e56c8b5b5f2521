using NoteLsp.Core.Checks;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Checks;

/// <summary>
/// Every position NoteLsp reports is a UTF-16 column. Each case puts text before a broken link
/// on its second line and states the expected columns of the link target by hand.
/// </summary>
public class UnicodePositionTests
{
    [Theory]
    [InlineData("ascii ", "[[x]]", 8, 9)]
    [InlineData("Caf\u00E9 ", "[[x]]", 7, 8)]
    [InlineData("Cafe\u0301 ", "[[x]]", 8, 9)]
    [InlineData("日本語 ", "[[x]]", 6, 7)]
    [InlineData("🎯 ", "[[x]]", 5, 6)]
    [InlineData("👩‍💻 ", "[[x]]", 8, 9)]
    [InlineData("a\tb ", "[[x]]", 6, 7)]
    [InlineData("- ", "[[🎯 goal]]", 4, 11)]
    [InlineData("- ", "[[日本]]", 4, 6)]
    [InlineData("- ", "[[Cafe\u0301]]", 4, 9)]
    [InlineData("🎯 ", "[[👩‍💻 dev]]", 5, 14)]
    public void Check_BrokenLinkAfterUnicode_ColumnsInUtf16(string prefix, string link, int startColumn, int endColumn)
    {
        foreach (string newline in new[] { "\n", "\r\n", "\r" })
        {
            string text = "# Title 🎯" + newline + prefix + link + " tail" + newline;
            Note note = VaultFixture.Parse("src.md", text);
            var vault = VaultFixture.Create(("src.md", text));

            NoteDiagnostic diagnostic = Assert.Single(VaultFixture.CheckLinks(vault, vault.FindNote("src.md")!));
            LineRange range = note.Text.GetLineRange(diagnostic.Span);

            Assert.Equal(new LineRange(new LinePosition(1, startColumn), new LinePosition(1, endColumn)), range);
        }
    }

    [Fact]
    public void Check_LinkInTabIndentedListItem_ColumnCountsTabAsOneUnit()
    {
        string text = "- top\n\t- nested [[x]]\n";
        var vault = VaultFixture.Create(("src.md", text));
        Note note = vault.FindNote("src.md")!;

        NoteDiagnostic diagnostic = Assert.Single(VaultFixture.CheckLinks(vault, note));

        Assert.Equal(new LinePosition(1, 12), note.Text.GetLinePosition(diagnostic.Span.Start));
    }

    [Fact]
    public void Check_LinkInCrlfFrontMatterAfterEmoji_ExactPosition()
    {
        string text = "---\r\nicon: 🎯\r\nrelated: \"[[gone]]\"\r\n---\r\n# T\r\n";
        var vault = VaultFixture.Create(("src.md", text));
        Note note = vault.FindNote("src.md")!;

        NoteDiagnostic diagnostic = Assert.Single(VaultFixture.CheckLinks(vault, note));

        Assert.Equal(new LinePosition(2, 12), note.Text.GetLinePosition(diagnostic.Span.Start));
    }
}
