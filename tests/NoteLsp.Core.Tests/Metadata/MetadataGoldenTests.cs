using System.Text;

namespace NoteLsp.Core.Tests.Metadata;

public sealed class MetadataGoldenTests
{
    public static TheoryData<string> Cases => new(GoldenCase.Names());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_GoldenCase_MatchesExpected(string name)
    {
        string actual = GoldenCase.Run(name);
        string expectedPath = Path.Combine(GoldenCase.GoldenRoot, name, GoldenCase.ExpectedFileName);

        if (Environment.GetEnvironmentVariable("NOTELSP_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing: run the tests with NOTELSP_UPDATE_GOLDEN=1 to create it, then review it.");
        string expected = File.ReadAllText(expectedPath);
        if (expected != actual)
        {
            Assert.Fail($"Golden case '{name}' differs from {expectedPath}:\n{LineDiff(expected, actual)}");
        }
    }

    [Fact]
    public void GoldenCases_Exist()
    {
        Assert.NotEmpty(GoldenCase.Names());
    }

    private static string LineDiff(string expected, string actual)
    {
        string[] expectedLines = expected.Split('\n');
        string[] actualLines = actual.Split('\n');
        var diff = new StringBuilder();
        for (int i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            string? e = i < expectedLines.Length ? expectedLines[i] : null;
            string? a = i < actualLines.Length ? actualLines[i] : null;
            if (e != a)
            {
                diff.Append("line ").Append(i + 1).Append('\n');
                diff.Append("- ").Append(e ?? "(none)").Append('\n');
                diff.Append("+ ").Append(a ?? "(none)").Append('\n');
            }
        }

        return diff.ToString();
    }
}
