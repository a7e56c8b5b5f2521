using System.Diagnostics;
using Xunit.Abstractions;

namespace NoteLsp.Server.Tests;

/// <summary>
/// Runs the Node driver in tests/e2e-lsp against the built notelsp.dll. Without node and npm on
/// PATH the test fails under CI (CI=true) and otherwise passes with a message in its output.
/// </summary>
public sealed class EndToEndTests(ITestOutputHelper output)
{
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task NodeDriver_BuiltServer_PassesAllChecks()
    {
        if (FindOnPath("node") is null || FindOnPath("npm") is null)
        {
            string message = "node or npm is not on PATH, so the end-to-end test in tests/e2e-lsp did not run.";
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), message);
            output.WriteLine(message);
            return;
        }

        string root = FindRepositoryRoot();
        string driver = Path.Combine(root, "tests", "e2e-lsp");
        string dll = FindServerDll(root);

        (int npmExit, string npmOutput) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], driver);
        Assert.True(npmExit == 0, $"npm ci failed with exit code {npmExit}:\n{npmOutput}");
        (int exit, string driverOutput) = await RunAsync("node", ["run.js", dll], driver);

        output.WriteLine(driverOutput);
        Assert.True(exit == 0, $"the e2e driver failed with exit code {exit}:\n{driverOutput}");
        Assert.Contains("all checks passed", driverOutput, StringComparison.Ordinal);
    }

    /// <summary>Returns the notelsp.dll built with this test project (the CLI is a project reference), or the CLI's own build output.</summary>
    private static string FindServerDll(string root)
    {
        string beside = Path.Combine(AppContext.BaseDirectory, "notelsp.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "notelsp.runtimeconfig.json")))
        {
            return beside;
        }

        string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        return Path.Combine(root, "src", "NoteLsp.Cli", "bin", configuration, "net10.0", "notelsp.dll");
    }

    private static string FindRepositoryRoot()
    {
        DirectoryInfo? folder = new(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "NoteLsp.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException($"NoteLsp.sln not found above {AppContext.BaseDirectory}.");
    }

    private static string? FindOnPath(string program)
    {
        string[] names = OperatingSystem.IsWindows() ? [program + ".exe", program + ".cmd"] : [program];
        foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            foreach (string name in names)
            {
                string candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(FindOnPath(program)!)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(NpmTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{program} {string.Join(' ', arguments)}' did not finish within {NpmTimeout.TotalMinutes} minutes.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
