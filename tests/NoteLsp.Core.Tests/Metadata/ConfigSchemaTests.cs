using System.Text.Json;
using NoteLsp.Core.Config;
using NoteLsp.Core.Metadata;

namespace NoteLsp.Core.Tests.Metadata;

public sealed class ConfigSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(GoldenCase.RepositoryRoot, "schemas", "notelsp.schema.json");

    [Fact]
    public void Read_SchemaSections_BuildsSettings()
    {
        VaultConfig config = VaultConfigReader.Read("""
            ignore: ["drafts/**"]
            review: { due-soon-days: 7 }
            metadata:
              unknown-fields: error
              fields:
                time-to-master: { required: false }
                status: { type: enum, values: [draft, done], required: true }
              schemas:
                - name: project
                  folders: ["projects/**"]
                  kinds: [project]
                  inherit: false
                  fields: { owner: string }
            """);

        Assert.Empty(config.Problems);
        Assert.True(config.IsIgnored("drafts/a.md"));
        Assert.Equal(7, config.Review.DueSoonDays);
        MetadataSchema concept = config.Metadata.Select("notes/a.md", "concept");
        Assert.Equal(UnknownFieldPolicy.Error, concept.UnknownFields);
        Assert.False(concept.FindField("time-to-master")!.Required);
        Assert.Equal(FieldType.Enum, concept.FindField("status")!.Type);
        Assert.Equal("project", config.Metadata.Select("projects/x.md", null).Name);
        Assert.Equal("project", config.Metadata.Select("other/x.md", "project").Name);
        Assert.Equal(["owner"], config.Metadata.Select("projects/x.md", null).Fields.Select(f => f.Name));
    }

    [Fact]
    public void Read_InvalidYaml_OneProblemAndDefaults()
    {
        VaultConfig config = VaultConfigReader.Read("ignore: [a\nmetadata:\n\tfields: {}\n");

        ConfigProblem problem = Assert.Single(config.Problems);
        Assert.Contains("defaults apply", problem.Message, StringComparison.Ordinal);
        Assert.Same(MetadataSettings.Builtin, config.Metadata);
        Assert.Empty(config.Ignore);
    }

    [Fact]
    public void Read_TabIndentation_PointsAtTab()
    {
        ConfigProblem problem = Assert.Single(VaultConfigReader.Read("metadata:\n  fields:\n\ttags: list\n").Problems);

        Assert.Equal((2, 0), (problem.Line, problem.Character));
    }

    [Fact]
    public void Read_BadEntry_ReportedAndOthersKept()
    {
        VaultConfig config = VaultConfigReader.Read("ignore: [\"tmp/\"]\nseverity: { NL1001: loud, NL3002: off }\n");

        ConfigProblem problem = Assert.Single(config.Problems);
        Assert.Contains("'loud'", problem.Message, StringComparison.Ordinal);
        Assert.True(config.IsIgnored("tmp/x.md"));
        Assert.True(config.Severity.TryGetSeverity("NL3002", out var severity));
        Assert.Null(severity);
    }

    [Fact]
    public void JsonSchema_TopLevelKeys_MatchReader()
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        string[] keys = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(["ignore", "metadata", "review", "severity", "templates"], keys);
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void JsonSchema_EveryFieldType_AcceptedByReader()
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        string[] types = schema.RootElement.GetProperty("definitions").GetProperty("fieldType").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!).ToArray();

        Assert.Equal(10, types.Length);
        foreach (string type in types)
        {
            string values = type == "enum" ? ", values: [a]" : string.Empty;
            VaultConfig config = VaultConfigReader.Read($"metadata:\n  fields:\n    x: {{ type: {type}{values} }}\n");
            Assert.True(config.Problems.Count == 0, $"type '{type}': {string.Join("; ", config.Problems.Select(p => p.Message))}");
        }
    }

    [Fact]
    public void JsonSchema_SeverityKeys_CoverEveryCode()
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        string pattern = schema.RootElement.GetProperty("properties").GetProperty("severity").GetProperty("propertyNames").GetProperty("pattern").GetString()!;

        foreach (var descriptor in NoteLsp.Core.Diagnostics.DiagnosticCodes.All)
        {
            Assert.Matches(pattern, descriptor.Code);
            Assert.Matches(pattern, descriptor.Name);
        }
    }

    [Fact]
    public void Read_ConfigurationDocExample_HasNoProblems()
    {
        string doc = File.ReadAllText(Path.Combine(GoldenCase.RepositoryRoot, "docs", "configuration.md"));
        int start = doc.IndexOf("## A full example", StringComparison.Ordinal);
        int open = doc.IndexOf("```yaml\n", start, StringComparison.Ordinal) + "```yaml\n".Length;
        string example = doc[open..doc.IndexOf("```", open, StringComparison.Ordinal)];

        VaultConfig config = VaultConfigReader.Read(example);

        Assert.Empty(config.Problems);
        Assert.Equal(2, config.Metadata.Schemas.Count);
    }

    [Fact]
    public void Read_EveryPrefixOfConfig_NeverThrows()
    {
        string text = "ignore: [\"drafts/\"]\nseverity: { NL1001: warning, review-due-soon: off }\nreview: { due-soon-days: 7 }\n"
            + "metadata:\n  unknown-fields: warn\n  fields:\n    status: { type: enum, values: [a, b], pattern: \"^[a-z]+$\" }\n"
            + "  schemas:\n    - name: p\n      kinds: [project]\n      fields: { owner: string }\n";

        for (int length = 0; length <= text.Length; length++)
        {
            string prefix = text[..length];
            Exception? error = Record.Exception(() => VaultConfigReader.Read(prefix));
            Assert.True(error is null, $"Reading the first {length} characters threw: {error}");
        }
    }
}
