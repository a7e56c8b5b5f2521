using System.Text;
using NoteLsp.Cli;

namespace NoteLsp.Cli.Tests.Commands;

public sealed class NewCommandTests : IDisposable
{
    private const string Today = "2026-12-04";

    private readonly string _vault = Path.Combine(Path.GetTempPath(), "notelsp-new-" + Guid.NewGuid().ToString("N"));

    public NewCommandTests()
    {
        Directory.CreateDirectory(_vault);
        File.Copy(Path.Combine(RepositoryRoot(), "examples", "vault", "docker-why-containers.md"), Path.Combine(_vault, "docker-why-containers.md"));
    }

    [Fact]
    public async Task New_FourMissingNotes_CheckPassesWithoutErrors()
    {
        string[] names = ["docker-containers-lifecycle", "docker-images-layers", "docker-volumes-persistence", "2025-12-glasck-deployment/learnings"];
        foreach (string name in names)
        {
            (int code, string output, string error) = await RunAsync("new", name, "--vault", _vault, "--today", Today);

            Assert.True(code == 0, error);
            Assert.Contains($"Created {name}.md", output, StringComparison.Ordinal);
            string text = File.ReadAllText(Path.Combine(_vault, name + ".md"));
            Assert.Contains("**Related to**: [[docker-why-containers]]", text, StringComparison.Ordinal);
            Assert.Contains("created: 2026-12-04", text, StringComparison.Ordinal);
            Assert.Contains("**Next review**: 2027-01-04 (+1 month)", text, StringComparison.Ordinal);
        }

        (int checkCode, string checkOutput, string checkError) = await RunAsync("check", _vault, "--today", Today);

        Assert.True(checkCode == 0, checkOutput + checkError);
        Assert.DoesNotContain(" error ", checkOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_ExistingNote_RejectsWithExitTwoAndKeepsFile()
    {
        string path = Path.Combine(_vault, "docker-why-containers.md");
        string before = File.ReadAllText(path);

        (int code, _, string error) = await RunAsync("new", "docker-why-containers", "--vault", _vault, "--today", Today);

        Assert.Equal(CliApp.ExitUsage, code);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Fact]
    public async Task New_ExistingNoteInOtherCase_RejectsWithExitTwo()
    {
        (int code, _, string error) = await RunAsync("new", "Docker-Why-Containers", "--vault", _vault, "--today", Today);

        Assert.Equal(CliApp.ExitUsage, code);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_vault));
    }

    [Fact]
    public async Task New_SecondRun_RejectsWithExitTwoAndKeepsEdits()
    {
        await RunAsync("new", "docker-images-layers", "--vault", _vault, "--today", Today);
        string path = Path.Combine(_vault, "docker-images-layers.md");
        File.AppendAllText(path, "My own words.\n");

        (int code, _, _) = await RunAsync("new", "docker-images-layers", "--vault", _vault, "--today", "2027-01-01");

        Assert.Equal(CliApp.ExitUsage, code);
        Assert.EndsWith("My own words.\n", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("/tmp/outside")]
    [InlineData("picture.png")]
    [InlineData("aux")]
    public async Task New_NameThatCannotBeANote_RejectsWithExitTwo(string name)
    {
        string outside = Path.Combine(Path.GetDirectoryName(_vault)!, "outside.md");

        (int code, _, string error) = await RunAsync("new", name, "--vault", _vault, "--today", Today);

        Assert.Equal(CliApp.ExitUsage, code);
        Assert.StartsWith("notelsp new: cannot create", error, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_vault, "*", SearchOption.AllDirectories));
        Assert.False(File.Exists(outside));
    }

    [Fact]
    public async Task New_VaultTemplate_IsUsedByName()
    {
        Directory.CreateDirectory(Path.Combine(_vault, ".notelsp", "templates"));
        File.WriteAllText(Path.Combine(_vault, ".notelsp", "templates", "meeting.md"), "# {{title}}\n\nDate: {{date:D MMMM YYYY}}\n");

        (int code, _, string error) = await RunAsync("new", "team-sync", "--template", "meeting", "--vault", _vault, "--today", Today);

        Assert.True(code == 0, error);
        Assert.Equal("# Team Sync\n\nDate: 4 December 2026\n", File.ReadAllText(Path.Combine(_vault, "team-sync.md")));
    }

    [Theory]
    [InlineData(new[] { "new" }, "NAME is missing")]
    [InlineData(new[] { "new", "a", "b" }, "only one NAME")]
    [InlineData(new[] { "new", "a", "--colour" }, "unknown option")]
    [InlineData(new[] { "new", "a", "--template" }, "needs a value")]
    [InlineData(new[] { "new", "a", "--template", "nope", "--today", Today }, "Unknown template 'nope'")]
    [InlineData(new[] { "new", "a", "--today", "04/12/2026" }, "Invalid date")]
    public async Task New_InvalidArguments_ExitTwoWithMessage(string[] args, string message)
    {
        string[] withVault = ["new", "--vault", _vault, .. args[1..]];

        (int code, _, string error) = await RunAsync(withVault);

        Assert.Equal(CliApp.ExitUsage, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_vault, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder does not affect other tests.
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter(new StringBuilder());
        var error = new StringWriter(new StringBuilder());
        int code = await CliApp.RunAsync(args, output, error, _ => null);
        return (code, output.ToString(), error.ToString());
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NoteLsp.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("NoteLsp.sln not found above the test folder.");
    }
}
