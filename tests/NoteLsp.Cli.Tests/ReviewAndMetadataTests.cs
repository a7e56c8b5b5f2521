using NoteLsp.TestKit;

namespace NoteLsp.Cli.Tests;

public sealed class ReviewAndMetadataTests
{
    [Fact]
    public async Task Check_ExampleVaultOnDecember4_ReportsOneOverdueReview()
    {
        var (_, output, _) = await CliRunner.RunAsync(["check", CliRunner.ExampleVault, "--today", "2026-12-04"]);
        string[] userNote = output.Split('\n').Where(l => l.Contains("docker-why-containers.md:", StringComparison.Ordinal)).ToArray();

        string review = Assert.Single(userNote, l => l.Contains(" warning ", StringComparison.Ordinal));
        Assert.Contains(":290:18: warning NL3001 Review overdue by 312 days: the next review was 2026-01-26.", review, StringComparison.Ordinal);
        Assert.DoesNotContain(userNote, l => l.Contains(" NL2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_TodayFromEnvironment_MovesReviewDate()
    {
        using var vault = new TempVault();
        vault.Write("note.md", "# N\n\n**Next review**: 2026-03-03 (+1 week)\n");

        var (_, output, _) = await CliRunner.RunAsync(["check", vault.RootPath], new Dictionary<string, string> { ["NOTELSP_TODAY"] = "2026-03-01" });

        Assert.Contains("note.md:3:18: information NL3002 Review due in 2 days (2026-03-03).", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_InvalidConfig_ReportsItAndKeepsDefaults()
    {
        using var vault = new TempVault();
        vault.Write(".notelsp.yaml", "severity:\n\tNL1001: off\n");
        vault.Write("note.md", "# N\n[[gone]]\n");

        var (exitCode, output, _) = await CliRunner.RunAsync(["check", vault.RootPath, "--today", "2026-03-01"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("NL0001", output, StringComparison.Ordinal);
        Assert.Contains("error NL1001", output, StringComparison.Ordinal);
    }
}
