using Xunit.Abstractions;

namespace NoteLsp.Cli.Tests;

/// <summary>
/// Runs <c>notelsp check</c> on real vaults written by other people, when a folder of them sits
/// beside the repository (<c>../shared/corpora</c>). A clone without it skips these tests and says so.
/// </summary>
public class CorporaTests(ITestOutputHelper output)
{
    public static TheoryData<string> Corpora => new() { "foam-docs", "silverbullet-docs", "dendron-site", "interconnected-markdown-10k" };

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Check_RealVault_CompletesWithPlausibleSummary(string corpus)
    {
        string folder = Path.Combine(CliRunner.RepositoryRoot(), "..", "shared", "corpora", corpus);
        if (!Directory.Exists(folder))
        {
            output.WriteLine($"SKIPPED: corpus folder not found at {Path.GetFullPath(folder)}; this test needs the shared corpora beside the repository.");
            return;
        }

        var (exitCode, text, error) = await CliRunner.RunAsync(["check", folder, "--today", "2026-12-04"]);

        string summary = text.TrimEnd().Split('\n')[^1];
        output.WriteLine(summary);
        Assert.True(exitCode is 0 or 1, $"exit code {exitCode}: {error}");
        Assert.Equal(string.Empty, error);
        Assert.Matches(@"^Checked [1-9]\d* notes and \d+ links in \d+ ms: ", summary);
        int notes = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Count();
        Assert.Contains($"Checked {notes} notes", summary, StringComparison.Ordinal);
    }
}
