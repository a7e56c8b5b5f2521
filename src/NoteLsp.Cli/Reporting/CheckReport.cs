using NoteLsp.Core.Config;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Cli.Reporting;

/// <summary>Everything one <c>notelsp check</c> run found, with positions already converted for people.</summary>
public sealed class CheckReport(DateOnly today)
{
    private readonly List<ReportedDiagnostic> _diagnostics = [];

    public DateOnly Today { get; } = today;

    public int NoteCount { get; private set; }

    public int LinkCount { get; private set; }

    public TimeSpan Elapsed { get; set; }

    public IReadOnlyList<ReportedDiagnostic> Diagnostics => _diagnostics;

    public int Count(DiagnosticSeverity severity) => _diagnostics.Count(d => d.Severity == severity);

    public void Add(VaultSnapshot vault, Note note, IReadOnlyList<NoteDiagnostic> diagnostics)
    {
        NoteCount++;
        LinkCount += note.Links.Count;
        string fullPath = VaultLoader.ToFullPath(vault.RootPath, note.Path);
        foreach (NoteDiagnostic diagnostic in diagnostics)
        {
            LineRange range = note.Text.GetLineRange(diagnostic.Span);
            var related = (diagnostic.Related ?? [])
                .Select(r => new ReportedLocation(DisplayPath(VaultLoader.ToFullPath(vault.RootPath, r.NotePath)), RangeIn(vault, r), r.Message))
                .ToArray();
            _diagnostics.Add(new ReportedDiagnostic(DisplayPath(fullPath), fullPath, range, diagnostic.Severity, diagnostic.Code, diagnostic.Message, related));
        }
    }

    public void AddConfigProblem(string configPath, ConfigProblem problem)
    {
        var position = new LinePosition(problem.Line, problem.Character);
        _diagnostics.Add(new ReportedDiagnostic(
            DisplayPath(configPath), configPath, new LineRange(position, position), DiagnosticCodes.InvalidConfig.DefaultSeverity, DiagnosticCodes.InvalidConfig.Code, problem.Message, []));
    }

    /// <summary>Returns <paramref name="fullPath"/> relative to the current folder when it is below it, with '/' separators.</summary>
    public static string DisplayPath(string fullPath)
    {
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        string displayed = relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
        return displayed.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static LineRange RangeIn(VaultSnapshot vault, RelatedLocation location)
    {
        Note? note = vault.FindNote(location.NotePath);
        return note is null || location.Span.End > note.Text.Length
            ? default
            : note.Text.GetLineRange(location.Span);
    }
}

/// <summary>A diagnostic ready for output: 0-based range, converted to 1-based by each reporter.</summary>
public sealed record ReportedDiagnostic(
    string DisplayPath,
    string FullPath,
    LineRange Range,
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    IReadOnlyList<ReportedLocation> Related);

public sealed record ReportedLocation(string DisplayPath, LineRange Range, string Message);
