using NoteLsp.Core.Metadata;

namespace NoteLsp.Core.Tests.Metadata;

public sealed class ValueFormatsTests
{
    [Theory]
    [InlineData("2025-12-26", 2025, 12, 26)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    public void ParseDate_CalendarDate_ReturnsDate(string text, int year, int month, int day)
    {
        DateOnly? date = ValueFormats.ParseDate(text, out string? error);

        Assert.Equal(new DateOnly(year, month, day), date);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("2025-02-29", "February 2025 has 28 days")]
    [InlineData("1900-02-29", "February 1900 has 28 days")]
    [InlineData("2025-04-31", "April 2025 has 30 days")]
    [InlineData("2025-00-10", "the month must be 01 to 12")]
    [InlineData("2025-12-00", "December 2025 has 31 days")]
    [InlineData("25-12-26", "write YYYY-MM-DD")]
    [InlineData("2025-12-26T10:00", "write YYYY-MM-DD")]
    [InlineData("", "write YYYY-MM-DD")]
    public void ParseDate_Invalid_ExplainsWhy(string text, string reason)
    {
        DateOnly? date = ValueFormats.ParseDate(text, out string? error);

        Assert.Null(date);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("45min", 45)]
    [InlineData("2h", 120)]
    [InlineData("1h30min", 90)]
    [InlineData("3d", 3 * 24 * 60)]
    [InlineData("2w", 2 * 7 * 24 * 60)]
    [InlineData("1w2d3h4min", ((7 + 2) * 24 * 60) + (3 * 60) + 4)]
    public void ParseDuration_Valid_ReturnsLength(string text, int minutes)
    {
        TimeSpan? length = ValueFormats.ParseDuration(text, out string? error);

        Assert.Equal(TimeSpan.FromMinutes(minutes), length);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("30 mins")]
    [InlineData("30m")]
    [InlineData("30min1h")]
    [InlineData("1.5h")]
    [InlineData("0h")]
    [InlineData("")]
    public void ParseDuration_Invalid_ReturnsError(string text)
    {
        Assert.Null(ValueFormats.ParseDuration(text, out string? error));
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData("⭐ (1/5)", 1)]
    [InlineData("⭐⭐⭐ (3/5)", 3)]
    [InlineData("⭐️⭐️ (2/5)", 2)]
    [InlineData("⭐⭐️⭐ (3/5)", 3)]
    [InlineData("⭐⭐⭐⭐⭐ (5/5)", 5)]
    public void ParseRating_StarsMatchNumber_ReturnsRating(string text, int expected)
    {
        Assert.Equal(expected, ValueFormats.ParseRating(text, out string? error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("⭐⭐ (3/5)", "has 2 stars but says 3/5: write ⭐⭐⭐ (3/5)")]
    [InlineData("⭐ (0/5)", "the rating must be 1 to 5")]
    [InlineData("⭐⭐⭐⭐⭐⭐ (6/5)", "the rating must be 1 to 5")]
    [InlineData("⭐(1/5)", "is not a rating")]
    [InlineData("★ (1/5)", "is not a rating")]
    [InlineData("â (1/5)", "looks double-encoded")]
    public void ParseRating_Invalid_ExplainsWhy(string text, string reason)
    {
        Assert.Null(ValueFormats.ParseRating(text, out string? error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("concept", true)]
    [InlineData("status/learned", true)]
    [InlineData("web/http-basics", true)]
    [InlineData("k8s", true)]
    [InlineData("Docker", false)]
    [InlineData("status_learned", false)]
    [InlineData("#docker", false)]
    [InlineData("a//b", false)]
    [InlineData("-lead", false)]
    [InlineData("trail/", false)]
    public void IsValidTag_Spellings_MatchRule(string tag, bool valid)
    {
        Assert.Equal(valid, ValueFormats.IsValidTag(tag));
    }

    [Theory]
    [InlineData("Status/Learned", "status/learned")]
    [InlineData("#docker", "docker")]
    [InlineData("HTTP Basics", "http-basics")]
    [InlineData("snake_case_tag", "snake-case-tag")]
    public void SuggestTag_InvalidTag_ReturnsValidSpelling(string tag, string expected)
    {
        string suggestion = ValueFormats.SuggestTag(tag);

        Assert.Equal(expected, suggestion);
        Assert.True(ValueFormats.IsValidTag(suggestion));
    }

    [Theory]
    [InlineData("+1 month", 1, ReviewIntervalUnit.Month)]
    [InlineData("+6 months", 6, ReviewIntervalUnit.Month)]
    [InlineData("+3 days", 3, ReviewIntervalUnit.Day)]
    [InlineData("+1 day", 1, ReviewIntervalUnit.Day)]
    [InlineData("+2 weeks", 2, ReviewIntervalUnit.Week)]
    [InlineData("+1 Year", 1, ReviewIntervalUnit.Year)]
    [InlineData("2 years", 2, ReviewIntervalUnit.Year)]
    public void ParseInterval_Units_SingularOrPlural(string text, int count, ReviewIntervalUnit unit)
    {
        Assert.Equal(new ReviewInterval(count, unit), ValueFormats.ParseInterval(text));
    }

    [Theory]
    [InlineData("+1 fortnight")]
    [InlineData("monthly")]
    [InlineData("+1")]
    public void ParseInterval_Unknown_ReturnsNull(string text)
    {
        Assert.Null(ValueFormats.ParseInterval(text));
    }

    [Fact]
    public void AddTo_MonthEnd_ClampsToLastDay()
    {
        Assert.Equal(new DateOnly(2026, 2, 28), new ReviewInterval(1, ReviewIntervalUnit.Month).AddTo(new DateOnly(2026, 1, 31)));
    }
}
