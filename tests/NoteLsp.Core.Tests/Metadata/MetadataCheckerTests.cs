using NoteLsp.Core.Checks;
using NoteLsp.Core.Config;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Metadata;

public sealed class MetadataCheckerTests
{
    private static readonly CheckOptions Options = new(new DateOnly(2026, 3, 1));

    private static IReadOnlyList<NoteDiagnostic> Check(string text, VaultConfig? config = null)
    {
        VaultSnapshot vault = VaultFixture.Create(config ?? VaultConfig.Default, ("note.md", text));
        return NoteChecker.Check(vault, vault.FindNote("note.md")!, Options);
    }

    [Fact]
    public void Check_CrlfSectionWithEmoji_SpanIsExactValue()
    {
        Markup markup = Markup.Parse(
            "# 🐳 Whales\r\n\r\n## 📋 Metadata\r\n\r\n```yaml\r\ntitle: 🐳🐳 big\r\ntags: [concept]\r\ncreated: {|📅 2025-12-26|}\r\n"
            + "difficulty: ⭐ (1/5)\r\ntime-to-master: 2h\r\n```\r\n");

        NoteDiagnostic diagnostic = Assert.Single(Check(markup.Text));

        Assert.Equal("NL2007", diagnostic.Code);
        Assert.Equal(markup.Spans[0], (diagnostic.Span.Start, diagnostic.Span.End));
    }

    [Fact]
    public void Check_BomFrontMatterAfterEmoji_SpanIsExactValue()
    {
        Markup markup = Markup.Parse("\uFEFF---\ntitle: 🎯 x\ntags: [concept, {|Bad|}]\ncreated: 2025-12-26\ndifficulty: ⭐ (1/5)\ntime-to-master: 2h\n---\n");

        NoteDiagnostic diagnostic = Assert.Single(Check(markup.Text));

        Assert.Equal("NL2006", diagnostic.Code);

        // SourceText drops the byte order mark, so every offset moves one to the left.
        Assert.Equal((markup.Spans[0].Start - 1, markup.Spans[0].End - 1), (diagnostic.Span.Start, diagnostic.Span.End));
    }

    [Fact]
    public void Check_MalformedYaml_OneDiagnosticAndNoMissingFields()
    {
        Markup markup = Markup.Parse("---\ntags: [concept]\ntitle: Docker{|:|} why\n---\n# T\nSee [[gone]].\n");

        IReadOnlyList<NoteDiagnostic> diagnostics = Check(markup.Text);

        NoteDiagnostic yaml = Assert.Single(diagnostics, d => d.Code.StartsWith("NL2", StringComparison.Ordinal));
        Assert.Equal("NL2002", yaml.Code);
        Assert.Equal(markup.Spans[0], (yaml.Span.Start, yaml.Span.End));
        Assert.Contains(diagnostics, d => d.Code == "NL1001");
    }

    [Fact]
    public void Check_DuplicateKey_FirstValueWinsAndRestChecked()
    {
        Markup markup = Markup.Parse("---\ntags: [concept]\ncreated: 2025-12-26\n{|created|}: 2025-02-30\ndifficulty: ⭐ (1/5)\ntime-to-master: {|2 hours|}\n---\n");

        IReadOnlyList<NoteDiagnostic> diagnostics = Check(markup.Text);

        Assert.Equal(["NL2003", "NL2010"], diagnostics.Select(d => d.Code));
        Assert.Equal(markup.Spans[0], (diagnostics[0].Span.Start, diagnostics[0].Span.End));
        Assert.Equal(markup.Spans[1], (diagnostics[1].Span.Start, diagnostics[1].Span.End));
    }

    [Fact]
    public void Check_EmptyFrontMatter_EachRequiredFieldOnce()
    {
        IReadOnlyList<NoteDiagnostic> diagnostics = Check("---\n# only a comment\n---\n# T\n");

        Assert.All(diagnostics, d => Assert.Equal("NL2001", d.Code));
        Assert.Equal(["tags", "created", "difficulty", "time-to-master"], diagnostics.Select(d => d.Data!["field"]));
    }

    [Fact]
    public void Check_TagsComment_SaysItIsAComment()
    {
        NoteDiagnostic diagnostic = Assert.Single(Check("---\ntags: #foo\ncreated: 2025-12-26\ndifficulty: ⭐ (1/5)\ntime-to-master: 2h\n---\n"));

        Assert.Equal("NL2005", diagnostic.Code);
        Assert.Contains("comment", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("tags: [foo]", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TagsScalar_MessageHasListFix()
    {
        NoteDiagnostic diagnostic = Assert.Single(Check("---\ntags: concept, Docker\ncreated: 2025-12-26\ndifficulty: ⭐ (1/5)\ntime-to-master: 2h\n---\n"));

        Assert.Equal("NL2004", diagnostic.Code);
        Assert.Contains("write tags: [concept, docker]", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FrontMatterAndSection_WarnsNamingBoth()
    {
        string fields = "tags: [concept]\ncreated: 2025-12-26\ndifficulty: ⭐ (1/5)\ntime-to-master: 2h\n";
        NoteDiagnostic diagnostic = Assert.Single(Check($"---\n{fields}---\n# T\n\n## 📋 Metadata\n\n```yaml\n{fields}```\n"));

        Assert.Equal("NL2013", diagnostic.Code);
        Assert.Contains("front matter (line 1)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'📋 Metadata' (line 11)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnclosedFlowListBeforeKey_ReportsBracket()
    {
        // YamlDotNet 18.1.0 throws InvalidOperationException for this input; the note must still load and check.
        Markup markup = Markup.Parse("---\naliases: {|[|}a, b\ncreated: 2025-12-26\n---\n# T\n");

        NoteDiagnostic diagnostic = Assert.Single(Check(markup.Text));

        Assert.Equal("NL2002", diagnostic.Code);
        Assert.Equal(markup.Spans[0], (diagnostic.Span.Start, diagnostic.Span.End));
    }

    [Fact]
    public void Check_EveryPrefixOfMetadata_NeverThrows()
    {
        string note = "---\ntags:\n  - concept\n  - \"status/learned\"\ncreated: '2025-12-26'\ndifficulty: ⭐️⭐ (2/5)\n"
            + "time-to-master: 1h30min\nnested: {a: [1, 2], b: \"x\"}\nnext-review: 2026-01-26 (+1 month)\n---\n# T\n"
            + "## Stats\n```yaml\nStatus: 🟡 Learning\n```\n**Next review**: 2026-01-26 (+1 month)\n";

        for (int length = 0; length <= note.Length; length++)
        {
            string prefix = note[..length];
            Exception? error = Record.Exception(() => Check(prefix));
            Assert.True(error is null, $"Checking the first {length} characters threw: {error}");
        }
    }

    [Fact]
    public void Check_SchemaWithWarnPolicy_ReportsUnknownButNotReviewKeys()
    {
        VaultConfig config = VaultConfigReader.Read("metadata:\n  unknown-fields: warn\n");

        IReadOnlyList<NoteDiagnostic> diagnostics = Check(
            "---\ntags: [concept]\ncreated: 2025-12-26\ndifficulty: ⭐ (1/5)\ntime-to-master: 2h\nsauce: x\nnext-review: 2026-06-01 (+1 month)\n---\n",
            config);

        NoteDiagnostic unknown = Assert.Single(diagnostics);
        Assert.Equal("NL2012", unknown.Code);
        Assert.Equal(DiagnosticSeverity.Warning, unknown.Severity);
        Assert.Equal("sauce", unknown.Data!["field"]);
    }
}
