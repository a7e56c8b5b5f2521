using System.Text.Json;
using NoteLsp.Core.Diagnostics;

namespace NoteLsp.Cli.Reporting;

/// <summary>
/// A JSON object with the run's summary and every diagnostic; lines and columns are 1-based,
/// columns count UTF-16 code units and end columns are exclusive.
/// </summary>
public sealed class JsonReporter : IReporter
{
    public void Write(CheckReport report, TextWriter output, TextWriter error)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("tool", "notelsp");
            writer.WriteString("version", CliApp.Version);
            writer.WriteString("today", report.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteStartObject("summary");
            writer.WriteNumber("notes", report.NoteCount);
            writer.WriteNumber("links", report.LinkCount);
            writer.WriteNumber("errors", report.Count(DiagnosticSeverity.Error));
            writer.WriteNumber("warnings", report.Count(DiagnosticSeverity.Warning));
            writer.WriteNumber("information", report.Count(DiagnosticSeverity.Information));
            writer.WriteNumber("hints", report.Count(DiagnosticSeverity.Hint));
            writer.WriteNumber("elapsedMs", Math.Round(report.Elapsed.TotalMilliseconds));
            writer.WriteEndObject();

            writer.WriteStartArray("diagnostics");
            foreach (ReportedDiagnostic d in report.Diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("path", d.DisplayPath);
                writer.WriteNumber("line", d.Range.Start.Line + 1);
                writer.WriteNumber("column", d.Range.Start.Character + 1);
                writer.WriteNumber("endLine", d.Range.End.Line + 1);
                writer.WriteNumber("endColumn", d.Range.End.Character + 1);
                writer.WriteString("severity", TextReporter.SeverityName(d.Severity));
                writer.WriteString("code", d.Code);
                writer.WriteString("name", DiagnosticCodes.Find(d.Code)?.Name);
                writer.WriteString("message", d.Message);
                writer.WriteStartArray("related");
                foreach (ReportedLocation related in d.Related)
                {
                    writer.WriteStartObject();
                    writer.WriteString("path", related.DisplayPath);
                    writer.WriteNumber("line", related.Range.Start.Line + 1);
                    writer.WriteNumber("column", related.Range.Start.Character + 1);
                    writer.WriteString("message", related.Message);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        error.WriteLine(TextReporter.Summary(report));
    }
}
