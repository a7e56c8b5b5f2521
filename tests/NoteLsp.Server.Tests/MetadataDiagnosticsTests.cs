using NoteLsp.Server.Protocol;
using NoteLsp.Server.Tests.Infrastructure;
using NoteLsp.TestKit;
using Xunit.Abstractions;

namespace NoteLsp.Server.Tests;

public sealed class MetadataDiagnosticsTests(ITestOutputHelper output)
{
    private static readonly ServerOptions Options = new() { Today = () => new DateOnly(2026, 12, 4) };

    [Fact]
    public async Task DidOpen_CrlfMetadataWithEmoji_PublishesExactRanges()
    {
        using var vault = new TempVault();
        string text = "# 🐳 Whales\r\n\r\n## 📋 Metadata\r\n\r\n```yaml\r\ntags: [concept]\r\ncreated: 📅 2025-12-26\r\n"
            + "difficulty: ⭐ (1/5)\r\ntime-to-master: 2h\r\n```\r\n\r\n**Next review**: 2026-01-26 (+1 month)\r\n";
        string uri = vault.WriteNote("whales.md", text);
        await using var client = LspTestClient.Start(output, Options);
        await client.InitializeAsync(vault.RootUri());

        await client.OpenAsync(uri, text, version: 3);
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(uri, 3);

        Diagnostic date = Assert.Single(published.Diagnostics, d => d.Code == "NL2007");
        Assert.Equal((new Position(6, 9), new Position(6, 22)), (date.Range.Start, date.Range.End));
        Diagnostic review = Assert.Single(published.Diagnostics, d => d.Code == "NL3001");
        Assert.Equal(2, review.Severity);
        Assert.StartsWith("Review overdue by 312 days", review.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VaultConfig_SeverityOverride_AppliesToPublishedDiagnostics()
    {
        using var vault = new TempVault();
        vault.Write(".notelsp.yaml", "severity:\n  NL1001: hint\n  NL3001: off\n");
        string text = "# Note\n\n[[gone]]\n\n**Next review**: 2026-01-26 (+1 month)\n";
        string uri = vault.WriteNote("note.md", text);
        await using var client = LspTestClient.Start(output, Options);
        await client.InitializeAsync(vault.RootUri());

        await client.OpenAsync(uri, text, version: 2);
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(uri, 2);

        Diagnostic link = Assert.Single(published.Diagnostics);
        Assert.Equal(("NL1001", 4), (link.Code, link.Severity));
    }
}
