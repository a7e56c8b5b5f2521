namespace NoteLsp.Cli.Tests;

/// <summary>Runs the real <c>notelsp</c> command line in-process with captured output.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = await CliApp.RunAsync(args, output, error, name => environment?.GetValueOrDefault(name));
        return (exitCode, output.ToString(), error.ToString());
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NoteLsp.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("NoteLsp.sln not found above the test binaries.");
    }

    public static string ExampleVault => Path.Combine(RepositoryRoot(), "examples", "vault");
}
