using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Metadata;

/// <summary>
/// Runs every case under Golden/Metadata; set NOTELSP_UPDATE_GOLDEN=1 to rewrite the expected
/// files, then review the diff.
/// </summary>
public sealed class MetadataGoldenTests
{
    public static TheoryData<string> Cases => new(GoldenCase.Names());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_GoldenCase_MatchesExpected(string name)
    {
        string actual = GoldenCase.Run(name);

        GoldenFile.AssertMatches(Path.Combine(GoldenCase.GoldenRoot, name, GoldenCase.ExpectedFileName), actual);
    }

    [Fact]
    public void GoldenCases_Exist()
    {
        Assert.NotEmpty(GoldenCase.Names());
    }
}
