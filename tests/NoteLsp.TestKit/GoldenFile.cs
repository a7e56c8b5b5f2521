using System.Runtime.CompilerServices;
using Xunit;

namespace NoteLsp.TestKit;

/// <summary>
/// Compares text with an expected file in the test project. Setting NOTELSP_UPDATE_GOLDEN=1
/// rewrites the expected file instead; CI never sets it.
/// </summary>
public static class GoldenFile
{
    public const string UpdateVariable = "NOTELSP_UPDATE_GOLDEN";

    /// <summary>Returns the folder of the calling source file, where the golden files live.</summary>
    public static string SourceFolder([CallerFilePath] string callerPath = "") => Path.GetDirectoryName(callerPath)!;

    /// <summary>Returns the folder of NoteLsp.sln above the calling source file.</summary>
    public static string RepositoryRoot([CallerFilePath] string callerPath = "")
    {
        for (var folder = new DirectoryInfo(Path.GetDirectoryName(callerPath)!); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NoteLsp.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"NoteLsp.sln not found above {callerPath}.");
    }

    public static void AssertMatches(string expectedPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"Golden file missing: {expectedPath}. Run the tests with {UpdateVariable}=1 to create it, then review it.");
        string expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == actual)
        {
            return;
        }

        Assert.Fail($"Output differs from {expectedPath}:\n{LineDiff(expected, actual)}");
    }

    private static string LineDiff(string expected, string actual)
    {
        string[] expectedLines = expected.Split('\n');
        string[] actualLines = actual.Split('\n');
        var diff = new System.Text.StringBuilder();
        for (int i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            string? e = i < expectedLines.Length ? expectedLines[i] : null;
            string? a = i < actualLines.Length ? actualLines[i] : null;
            if (e != a)
            {
                diff.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"line {i + 1}:\n  - {e ?? "(none)"}\n  + {a ?? "(none)"}");
            }
        }

        return diff.ToString();
    }
}
