using System.Text.Json;
using NoteLsp.Core.Diagnostics;

namespace NoteLsp.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0, the format GitHub code scanning uploads. Regions use SARIF's default column
/// kind, UTF-16 code units, with 1-based lines and columns and exclusive end columns.
/// Artifact URIs are relative to the current folder, which code scanning resolves against the
/// repository root when the check runs there.
/// </summary>
public sealed class SarifReporter : IReporter
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public void Write(CheckReport report, TextWriter output, TextWriter error)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            WriteTool(writer);
            writer.WriteStartArray("results");
            foreach (ReportedDiagnostic d in report.Diagnostics)
            {
                WriteResult(writer, d);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        error.WriteLine(TextReporter.Summary(report));
    }

    private static void WriteTool(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "NoteLsp");
        writer.WriteString("version", CliApp.Version);
        writer.WriteString("semanticVersion", CliApp.Version);
        writer.WriteStartArray("rules");
        foreach (DiagnosticDescriptor descriptor in DiagnosticCodes.All)
        {
            writer.WriteStartObject();
            writer.WriteString("id", descriptor.Code);
            writer.WriteString("name", descriptor.Name);
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", descriptor.Summary);
            writer.WriteEndObject();
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", Level(descriptor.DefaultSeverity));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, ReportedDiagnostic d)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", d.Code);
        writer.WriteString("level", Level(d.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", d.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        WriteLocation(writer, d.DisplayPath, d.Range, null);
        writer.WriteEndArray();
        if (d.Related.Count > 0)
        {
            writer.WriteStartArray("relatedLocations");
            for (int i = 0; i < d.Related.Count; i++)
            {
                WriteLocation(writer, d.Related[i].DisplayPath, d.Related[i].Range, i + 1);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter writer, string path, Core.Text.LineRange range, int? id)
    {
        writer.WriteStartObject();
        if (id is not null)
        {
            writer.WriteNumber("id", id.Value);
        }

        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal));
        writer.WriteEndObject();
        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", range.Start.Line + 1);
        writer.WriteNumber("startColumn", range.Start.Character + 1);
        writer.WriteNumber("endLine", range.End.Line + 1);
        writer.WriteNumber("endColumn", range.End.Character + 1);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    // SARIF has no "hint" level: "note" covers information and hints.
    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
