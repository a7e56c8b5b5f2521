using NoteLsp.Core.Features;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Features;

public class FoldingAndReviewTests
{
    [Fact]
    public void GetRanges_CrlfNote_EndsAtLastNonBlankLine()
    {
        VaultSnapshot vault = VaultFixture.Create(("n.md", "# T\r\n\r\nbody\r\n\r\n## A\r\nx\r\n\r\n\r\n"));

        var ranges = FoldingService.GetRanges(vault.FindNote("n.md")!);

        Assert.Equal([new FoldingLines(0, 5), new FoldingLines(4, 5)], ranges);
    }

    [Fact]
    public void FindDue_UsesDueSoonDaysAndSkipsInvalidDates()
    {
        VaultSnapshot vault = VaultFixture.Create(
            ("a.md", "# A\n\n**Next review**: 2026-01-10 (+1 month)\n"),
            ("b.md", "# B\n\n**Next review**: 2026-01-23\n"),
            ("c.md", "# C\n\n**Next review**: 2026-01-24\n"),
            ("d.md", "# D\n\n**Next review**: someday\n"),
            ("e.md", "# E\n\n```\n**Next review**: 2020-01-01\n```\n"));

        var due = DueReviewService.FindDue(vault, new DateOnly(2026, 1, 20), dueSoonDays: 3, CancellationToken.None);

        Assert.Equal([("a.md", 10), ("b.md", -3)], due.Select(d => (d.NotePath, d.DaysOverdue)));
        Assert.Equal("A", due[0].Title);
    }
}
