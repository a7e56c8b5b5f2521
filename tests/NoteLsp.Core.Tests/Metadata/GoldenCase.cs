using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NoteLsp.Core.Checks;
using NoteLsp.Core.Config;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Metadata;

/// <summary>
/// One folder under Golden/Metadata: the notes and optional <c>.notelsp.yaml</c> of a vault,
/// an optional <c>today.txt</c>, and <c>expected.txt</c>, the annotated result. The vault is
/// copied to a temporary folder and loaded from disk, so the real reader, parser and checks run.
/// Positions are 0-based, as <see cref="DiagnosticAnnotator"/> writes them, config problems included.
/// </summary>
internal static class GoldenCase
{
    public const string ExpectedFileName = "expected.txt";

    public const string TodayFileName = "today.txt";

    public static readonly DateOnly DefaultToday = new(2026, 3, 1);

    public static string GoldenRoot { get; } = Path.Combine(FindTestsFolder(), "Golden", "Metadata");

    /// <summary>The folder that contains NoteLsp.sln.</summary>
    public static string RepositoryRoot { get; } = Path.GetDirectoryName(Path.GetDirectoryName(FindTestsFolder()))!;

    public static IEnumerable<string> Names() =>
        Directory.EnumerateDirectories(GoldenRoot).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>Checks the case and returns the annotated result.</summary>
    public static string Run(string name)
    {
        string source = Path.Combine(GoldenRoot, name);
        string vault = Directory.CreateTempSubdirectory("notelsp-golden-").FullName;
        try
        {
            foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(source, file);
                if (relative is not (ExpectedFileName or TodayFileName))
                {
                    string target = Path.Combine(vault, relative);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target);
                }
            }

            string todayFile = Path.Combine(source, TodayFileName);
            DateOnly today = File.Exists(todayFile)
                ? DateOnly.ParseExact(File.ReadAllText(todayFile).Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : DefaultToday;

            VaultSnapshot snapshot = VaultLoader.Load(vault);
            return Render(snapshot, NoteChecker.CheckAll(snapshot, new CheckOptions(today)));
        }
        finally
        {
            Directory.Delete(vault, recursive: true);
        }
    }

    /// <summary>Writes the config problems, then each note annotated by <see cref="DiagnosticAnnotator"/> under a header line.</summary>
    private static string Render(VaultSnapshot vault, IReadOnlyList<(Note Note, IReadOnlyList<NoteDiagnostic> Diagnostics)> results)
    {
        var output = new StringBuilder();
        foreach (ConfigProblem problem in vault.Config.Problems)
        {
            output.Append(CultureInfo.InvariantCulture, $"{VaultConfig.FileName}:{problem.Line}:{problem.Character}: {problem.Message}\n");
        }

        foreach (var (note, diagnostics) in results)
        {
            SourceText text = note.Text;
            string endings = text.Content.Contains("\r\n", StringComparison.Ordinal) ? "CRLF" : "LF";
            output.Append(CultureInfo.InvariantCulture, $"=== {note.Path} ({endings}{(text.HadByteOrderMark ? ", BOM" : "")})\n");
            output.Append(DiagnosticAnnotator.Render(note, diagnostics));
        }

        return output.ToString();
    }

    private static string FindTestsFolder([CallerFilePath] string sourcePath = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(sourcePath)!)!;
}
