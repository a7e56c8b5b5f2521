using NoteLsp.Core.Features.Completion;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Tests.Features.Completion;

public class ReviewFooterCompletionTests
{
    private static (CompletionList List, string Text) Complete(string current, DateOnly today)
    {
        FeatureVault builder = new FeatureVault().Note("current.md", current);
        VaultSnapshot vault = builder.Build();
        Note note = vault.FindNote("current.md")!;
        return (CompletionService.Complete(vault, note, builder.Cursor("current.md"), new CompletionOptions(today)), note.Text.Content);
    }

    [Theory]
    [InlineData("+1 month", "2026-01-26")]
    [InlineData("+2 months", "2026-02-26")]
    [InlineData("+3 days", "2025-12-29")]
    [InlineData("+1 day", "2025-12-27")]
    [InlineData("+2 weeks", "2026-01-09")]
    [InlineData("+1 week", "2026-01-02")]
    [InlineData("+1 year", "2026-12-26")]
    [InlineData("+6 months", "2026-06-26")]
    public void NextReview_WithInterval_ProposesTodayPlusInterval(string interval, string expected)
    {
        var (list, text) = Complete($"**Last update**: 2025-12-01\n**Next review**: 2025-12-0$$1 ({interval})\n", new DateOnly(2025, 12, 26));

        CompletionItem item = Assert.Single(list.Items);
        Assert.Equal(expected, item.NewText);
        Assert.Equal($"**Last update**: 2025-12-01\n**Next review**: {expected} ({interval})\n", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText));
    }

    [Fact]
    public void NextReview_MonthEnd_ClampsToLastDay()
    {
        var (list, _) = Complete("**Next review**: $$ (+1 month)", new DateOnly(2026, 1, 31));

        Assert.Equal("2026-02-28", Assert.Single(list.Items).NewText);
    }

    [Fact]
    public void NextReview_WithoutInterval_ProposesCommonIntervals()
    {
        var (list, text) = Complete("**Next review**: $$", new DateOnly(2025, 12, 26));

        Assert.Equal(7, list.Items.Count);
        CompletionItem month = Assert.Single(list.Items, i => i.Label == "2026-01-26 (+1 month)");
        Assert.Equal("**Next review**: 2026-01-26 (+1 month)", FeatureVault.Apply(text, month.ReplaceSpan, month.NewText));
        Assert.Contains(list.Items, i => i.Label == "2025-12-29 (+3 days)");
    }

    [Fact]
    public void LastUpdate_ProposesToday()
    {
        var (list, text) = Complete("text\r\n**Last update**: 2025-01-0$$2\r\n", new DateOnly(2025, 12, 26));

        CompletionItem item = Assert.Single(list.Items);
        Assert.Equal("text\r\n**Last update**: 2025-12-26\r\n", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText));
    }

    [Fact]
    public void NextReview_CursorInInterval_ReturnsNothing()
    {
        var (list, _) = Complete("**Next review**: 2026-01-26 (+1 mo$$nth)", new DateOnly(2025, 12, 26));

        Assert.Empty(list.Items);
    }
}
