using System.Globalization;
using NoteLsp.Core.Diagnostics;

namespace NoteLsp.Cli.Reporting;

/// <summary>
/// One line per diagnostic, <c>path:line:col: severity CODE message</c> with a 1-based line and
/// UTF-16 column (the form compilers use, so editors and CI logs link to it), then a summary.
/// </summary>
public sealed class TextReporter : IReporter
{
    public void Write(CheckReport report, TextWriter output, TextWriter error)
    {
        foreach (ReportedDiagnostic d in report.Diagnostics)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{d.DisplayPath}:{d.Range.Start.Line + 1}:{d.Range.Start.Character + 1}: {SeverityName(d.Severity)} {d.Code} {d.Message}"));
            foreach (ReportedLocation related in d.Related)
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"    {related.DisplayPath}:{related.Range.Start.Line + 1}:{related.Range.Start.Character + 1}: note: {related.Message}"));
            }
        }

        output.WriteLine(Summary(report));
    }

    public static string Summary(CheckReport report) => string.Create(
        CultureInfo.InvariantCulture,
        $"Checked {Plural(report.NoteCount, "note")} and {Plural(report.LinkCount, "link")} in {report.Elapsed.TotalMilliseconds:F0} ms: "
        + $"{Plural(report.Count(DiagnosticSeverity.Error), "error")}, {Plural(report.Count(DiagnosticSeverity.Warning), "warning")}, "
        + $"{report.Count(DiagnosticSeverity.Information)} information, {Plural(report.Count(DiagnosticSeverity.Hint), "hint")}.");

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Information => "information",
        _ => "hint",
    };

    private static string Plural(int count, string word) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {word}{(count == 1 ? string.Empty : "s")}");
}
