using NoteLsp.Core.Checks;
using NoteLsp.Core.Config;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Metadata;

public sealed class ReviewCheckerTests
{
    private static IReadOnlyList<NoteDiagnostic> Check(string text, DateOnly today, VaultConfig? config = null)
    {
        VaultSnapshot vault = VaultFixture.Create(config ?? VaultConfig.Default, ("note.md", text));
        return NoteChecker.Check(vault, vault.FindNote("note.md")!, new CheckOptions(today));
    }

    [Theory]
    [InlineData("2026-12-04", "NL3001", "overdue by 312 days")]
    [InlineData("2026-01-27", "NL3001", "overdue by 1 day:")]
    [InlineData("2026-01-26", "NL3002", "due today")]
    [InlineData("2026-01-25", "NL3002", "due tomorrow")]
    [InlineData("2026-01-23", "NL3002", "due in 3 days")]
    public void Check_NextReviewAroundToday_ReportsOverdueOrDueSoon(string today, string code, string text)
    {
        Markup markup = Markup.Parse("# T\n\n**Next review**: {|2026-01-26|} (+1 month)\n");

        NoteDiagnostic diagnostic = Assert.Single(Check(markup.Text, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(code, diagnostic.Code);
        Assert.Contains(text, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(markup.Spans[0], (diagnostic.Span.Start, diagnostic.Span.End));
    }

    [Fact]
    public void Check_BeyondDueSoonWindow_ReportsNothing()
    {
        Assert.Empty(Check("**Next review**: 2026-01-26 (+1 month)\n", new DateOnly(2026, 1, 22)));
    }

    [Fact]
    public void Check_ConfiguredWindow_WidensDueSoon()
    {
        VaultConfig config = VaultConfigReader.Read("review:\n  due-soon-days: 10\n");

        NoteDiagnostic diagnostic = Assert.Single(Check("**Next review**: 2026-01-26 (+1 month)\n", new DateOnly(2026, 1, 16), config));

        Assert.Equal("NL3002", diagnostic.Code);
        Assert.Contains("in 10 days", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReviewLineInFencedCode_Ignored()
    {
        Assert.Empty(Check("```\n**Next review**: 2020-01-01 (+1 month)\n```\n", new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Check_NextReviewOnLastUpdate_SuggestsDateAfterIt()
    {
        NoteDiagnostic diagnostic = Assert.Single(
            Check("**Last update**: 2026-03-31\n**Next review**: 2026-03-31 (+1 month)\n", new DateOnly(2026, 1, 1)));

        Assert.Equal("NL3004", diagnostic.Code);
        Assert.Contains("such as 2026-04-30", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingInterval_IsHint()
    {
        NoteDiagnostic diagnostic = Assert.Single(Check("**Next review**: 2026-06-01\n", new DateOnly(2026, 1, 1)));

        Assert.Equal("NL3006", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Hint, diagnostic.Severity);
    }

    [Fact]
    public void Check_SeverityOverrides_ApplyToLinksAndReviews()
    {
        VaultConfig config = VaultConfigReader.Read("severity:\n  NL1001: warning\n  NL3002: off\n  review-overdue: error\n");
        Assert.Empty(config.Problems);

        IReadOnlyList<NoteDiagnostic> dueSoon = Check("[[gone]]\n\n**Next review**: 2026-01-26 (+1 month)\n", new DateOnly(2026, 1, 25), config);
        IReadOnlyList<NoteDiagnostic> overdue = Check("**Next review**: 2026-01-26 (+1 month)\n", new DateOnly(2026, 2, 1), config);

        NoteDiagnostic link = Assert.Single(dueSoon);
        Assert.Equal(("NL1001", DiagnosticSeverity.Warning), (link.Code, link.Severity));
        NoteDiagnostic review = Assert.Single(overdue);
        Assert.Equal(("NL3001", DiagnosticSeverity.Error), (review.Code, review.Severity));
    }

    [Fact]
    public void Check_StatusTagDisagreesWithStats_HintUnlessOff()
    {
        string note = "# T\n\n## 📋 Metadata\n\n```yaml\ntags: [concept, status/learned]\ncreated: 2025-12-26\ndifficulty: ⭐ (1/5)\ntime-to-master: 2h\n```\n\n"
            + "## 📊 Stats\n\n```yaml\nStatus: {|🟡 Learning|}\n```\n";
        Markup markup = Markup.Parse(note);

        NoteDiagnostic hint = Assert.Single(Check(markup.Text, new DateOnly(2026, 1, 1)));
        IReadOnlyList<NoteDiagnostic> off = Check(markup.Text, new DateOnly(2026, 1, 1), VaultConfigReader.Read("severity: { status-mismatch: off }"));

        Assert.Equal(("NL3008", DiagnosticSeverity.Hint), (hint.Code, hint.Severity));
        Assert.Equal(markup.Spans[0], (hint.Span.Start, hint.Span.End));
        Assert.Empty(off);
    }
}
