using NoteLsp.Core.Diagnostics;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Diagnostics;

/// <summary>Every diagnostic code needs a section in docs/diagnostics.md, because messages and SARIF rules point users there.</summary>
public class DiagnosticDocsTests
{
    public static TheoryData<string, string> Codes()
    {
        var data = new TheoryData<string, string>();
        foreach (DiagnosticDescriptor descriptor in DiagnosticCodes.All)
        {
            data.Add(descriptor.Code, descriptor.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void DiagnosticsPage_EveryCode_HasSectionAndTableRow(string code, string name)
    {
        string page = File.ReadAllText(Path.Combine(GoldenFile.RepositoryRoot(), "docs", "diagnostics.md"));

        Assert.Contains($"\n## {code} {name}\n", page, StringComparison.Ordinal);
        Assert.Contains($"| {code} | {name} |", page, StringComparison.Ordinal);
    }

    [Fact]
    public void DiagnosticCodes_AreUnique()
    {
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(d => d.Code).Distinct().Count());
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(d => d.Name).Distinct().Count());
    }
}
