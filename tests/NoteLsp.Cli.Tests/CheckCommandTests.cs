using System.Text.Json;
using NoteLsp.TestKit;

namespace NoteLsp.Cli.Tests;

public class CheckCommandTests
{
    private static readonly Dictionary<string, string> Today = new() { ["NOTELSP_TODAY"] = "2026-12-04" };

    [Fact]
    public async Task Check_ExampleVault_ReportsFourBrokenLinks()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(["check", CliRunner.ExampleVault], Today);

        string[] linkLines = output.Split('\n').Where(l => l.Contains("NL10", StringComparison.Ordinal)).ToArray();
        Assert.Equal(1, exitCode);
        Assert.Equal(
        [
            "docker-why-containers.md:13:19: error NL1001 No note named 'docker-containers-lifecycle'",
            "docker-why-containers.md:13:52: error NL1001 No note named 'docker-images-layers'",
            "docker-why-containers.md:251:95: error NL1001 No note named 'docker-volumes-persistence'",
            "docker-why-containers.md:284:12: error NL1001 No note named '2025-12-glasck-deployment/learnings'",
        ],
        linkLines.Select(l => l[(l.IndexOf("docker-why-containers.md", StringComparison.Ordinal))..(l.IndexOf("' in", StringComparison.Ordinal) + 1)]).ToArray());
        Assert.Contains("Checked 4 notes and 21 links in ", output, StringComparison.Ordinal);
    }

    /// <summary>Config for vaults of bare test notes, which have no metadata by design.</summary>
    private const string NoMetadataConfig = "metadata:\n  require-metadata: false\n";

    [Fact]
    public async Task Check_CleanVault_ExitsZeroWithSummary()
    {
        using var vault = new TempVault();
        vault.Write(".notelsp.yaml", NoMetadataConfig);
        vault.Write("a.md", "# A\n[[b]]");
        vault.Write("b.md", "# B\n[[a#A]]");

        var (exitCode, output, error) = await CliRunner.RunAsync(["check", vault.RootPath]);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("Checked 2 notes and 2 links in ", output, StringComparison.Ordinal);
        Assert.EndsWith("0 errors, 0 warnings, 0 information, 0 hints.\n", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WarningsOnly_ExitsZero()
    {
        using var vault = new TempVault();
        vault.Write("a.md", "[[dup]]");
        vault.Write("x/dup.md", "");
        vault.Write("y/dup.md", "");

        var (exitCode, output, _) = await CliRunner.RunAsync(["check", vault.RootPath]);

        Assert.Equal(0, exitCode);
        Assert.Contains("warning NL1004", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_SingleNote_ResolvesAgainstVault()
    {
        using var vault = new TempVault();
        vault.Write(".notelsp.yaml", "");
        vault.Write("sub/a.md", "[[b]] [[gone]]");
        vault.Write("b.md", "[[also-gone]]");

        var (exitCode, output, _) = await CliRunner.RunAsync(["check", vault.FullPath("sub/a.md")]);

        Assert.Equal(1, exitCode);
        Assert.Contains("'gone'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("also-gone", output, StringComparison.Ordinal);
        Assert.DoesNotContain("'b'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_JsonFormat_OneBasedPositions()
    {
        using var vault = new TempVault();
        vault.Write(".notelsp.yaml", NoMetadataConfig);
        vault.Write("a.md", "# A\n🎯 [[gone]]");

        var (exitCode, output, error) = await CliRunner.RunAsync(["check", vault.RootPath, "--format", "json"]);

        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal(1, exitCode);
        Assert.Equal(2, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(6, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal(10, diagnostic.GetProperty("endColumn").GetInt32());
        Assert.Equal("NL1001", diagnostic.GetProperty("code").GetString());
        Assert.Equal("broken-link", diagnostic.GetProperty("name").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.StartsWith("Checked 1 note ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_SarifFormat_RulesAndRegions()
    {
        using var vault = new TempVault();
        vault.Write(".notelsp.yaml", NoMetadataConfig);
        vault.Write("a.md", "[[dup]] [[gone]]");
        vault.Write("x/dup.md", "");
        vault.Write("y/dup.md", "");

        var (_, output, _) = await CliRunner.RunAsync(["check", vault.RootPath, "--format", "sarif"]);

        using JsonDocument sarif = JsonDocument.Parse(output);
        JsonElement run = sarif.RootElement.GetProperty("runs")[0];
        JsonElement[] results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "NL1001");
        Assert.Equal(["NL1004", "NL1001"], results.Select(r => r.GetProperty("ruleId").GetString()!).ToArray());
        Assert.Equal(["warning", "error"], results.Select(r => r.GetProperty("level").GetString()!).ToArray());
        JsonElement region = results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(1, region.GetProperty("startLine").GetInt32());
        Assert.Equal(11, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(2, results[0].GetProperty("relatedLocations").GetArrayLength());
    }

    [Theory]
    [InlineData(new[] { "check", "--format", "xml" }, "unknown format 'xml'")]
    [InlineData(new[] { "check", "--bogus" }, "unknown option '--bogus'")]
    [InlineData(new[] { "check", "--today" }, "--today needs a value")]
    [InlineData(new[] { "check", "/no/such/folder/anywhere" }, "no such file or folder")]
    [InlineData(new[] { "check", ".", "--today", "2026-02-30" }, "Invalid date '2026-02-30' in --today")]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    public async Task Check_UsageErrors_ExitTwoWithMessage(string[] args, string message)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_InvalidTodayVariable_OptionWins()
    {
        using var vault = new TempVault();
        vault.Write("a.md", "# A");
        var badEnvironment = new Dictionary<string, string> { ["NOTELSP_TODAY"] = "tomorrow" };

        var (badExit, _, badError) = await CliRunner.RunAsync(["check", vault.RootPath], badEnvironment);
        var (goodExit, _, _) = await CliRunner.RunAsync(["check", vault.RootPath, "--today", "2026-12-04"], badEnvironment);

        Assert.Equal(2, badExit);
        Assert.Contains("NOTELSP_TODAY", badError, StringComparison.Ordinal);
        Assert.Equal(0, goodExit);
    }

    [Fact]
    public async Task Check_InvalidConfig_ReportedAndCheckContinues()
    {
        using var vault = new TempVault();
        vault.Write(".notelsp.yaml", "ignore: {not: a list}\n");
        vault.Write("a.md", "[[gone]]");

        var (exitCode, output, _) = await CliRunner.RunAsync(["check", vault.RootPath]);

        Assert.Equal(1, exitCode);
        Assert.Contains(".notelsp.yaml:1:9: error NL0001 'ignore' must be a list of globs", output, StringComparison.Ordinal);
        Assert.Contains("NL1001", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ConfigOption_ReportsProblemsInThatFile()
    {
        using var vault = new TempVault();
        vault.Write(".notelsp.yaml", "ignore: []\n");
        vault.Write("a.md", "# A");
        string config = vault.Write("other/bad.yaml", "severity: [unclosed\n");

        var (_, output, _) = await CliRunner.RunAsync(["check", vault.RootPath, "--config", config]);

        Assert.Contains("other/bad.yaml:", output, StringComparison.Ordinal);
        Assert.DoesNotContain(".notelsp.yaml:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_FolderInsideVault_ReportsFolderOnly()
    {
        using var vault = new TempVault();
        vault.Write(".notelsp.yaml", NoMetadataConfig);
        vault.Write("top.md", "[[gone-top]]");
        vault.Write("sub/a.md", "[[top]] [[gone-sub]]");

        var (exitCode, output, _) = await CliRunner.RunAsync(["check", vault.FullPath("sub")]);

        Assert.Equal(1, exitCode);
        Assert.Contains("'gone-sub'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("'top'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("gone-top", output, StringComparison.Ordinal);
        Assert.Contains("Checked 1 note ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("new")]
    [InlineData("lsp")]
    public async Task Subcommand_HelpOption_PrintsUsage(string command)
    {
        var (exitCode, output, _) = await CliRunner.RunAsync([command, "--help"]);

        Assert.Equal(0, exitCode);
        Assert.Contains("notelsp check [PATH...]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_Ambiguous_RelatedLinesSayWhatTheyAre()
    {
        using var vault = new TempVault();
        vault.Write(".notelsp.yaml", NoMetadataConfig);
        vault.Write("a.md", "[[dup]]");
        vault.Write("x/dup.md", "");
        vault.Write("y/dup.md", "");

        var (_, output, _) = await CliRunner.RunAsync(["check", vault.RootPath]);

        Assert.Contains("x/dup.md:1:1: note: candidate 'x/dup.md'", output, StringComparison.Ordinal);
    }
}
