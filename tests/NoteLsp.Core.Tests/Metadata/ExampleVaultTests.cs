using NoteLsp.Core.Checks;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Tests.Metadata;

public sealed class ExampleVaultTests
{
    [Fact]
    public void Check_UserNoteOnDecember4_OneOverdueReviewAndNoMetadataErrors()
    {
        VaultSnapshot vault = VaultLoader.Load(Path.Combine(GoldenCase.RepositoryRoot, "examples", "vault"));

        IReadOnlyList<NoteDiagnostic> diagnostics = NoteChecker.Check(vault, vault.FindNote("docker-why-containers.md")!, new CheckOptions(new DateOnly(2026, 12, 4)));

        NoteDiagnostic review = Assert.Single(diagnostics, d => d.Code.StartsWith("NL3", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal("NL3001", review.Code);
        Assert.StartsWith("Review overdue by 312 days: the next review was 2026-01-26.", review.Message, StringComparison.Ordinal);
        Assert.Equal("2026-01-26", vault.FindNote("docker-why-containers.md")!.Text.GetText(review.Span));
        Assert.DoesNotContain(diagnostics, d => d.Code.StartsWith("NL2", StringComparison.Ordinal));
    }
}
