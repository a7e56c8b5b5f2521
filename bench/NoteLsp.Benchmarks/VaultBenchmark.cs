using System.Diagnostics;
using System.Globalization;
using NoteLsp.Core.Checks;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Parsing;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Benchmarks;

/// <summary>
/// <c>vault [--notes N] [--runs R] [--path DIR]</c>: loads, indexes and checks a vault R times
/// and reports the median and the fastest run of each phase, plus the cost of one edit.
/// Without <c>--path</c> it generates an N-note vault (default 10,000) in a temporary folder.
/// </summary>
public static class VaultBenchmark
{
    public static int Run(string[] args)
    {
        int runs = BenchmarkArguments.FindNumber(args, "--runs", 7);
        string path = BenchmarkArguments.VaultPath(args);

        var load = new List<double>();
        var check = new List<double>();
        var edit = new List<double>();
        var index = new List<double>();
        VaultSnapshot? vault = null;
        int links = 0;
        int diagnostics = 0;

        // The first run pays for JIT compilation and a cold file cache; it is reported apart.
        for (int run = 0; run <= runs; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            vault = VaultLoader.Load(path);
            double loadMs = stopwatch.Elapsed.TotalMilliseconds;

            stopwatch.Restart();
            var results = NoteChecker.CheckAll(vault, new CheckOptions(new DateOnly(2026, 12, 4)));
            double checkMs = stopwatch.Elapsed.TotalMilliseconds;

            stopwatch.Restart();
            VaultSnapshot.Create(vault.RootPath, vault.Config, vault.Notes, vault.AttachmentPaths);
            double indexMs = stopwatch.Elapsed.TotalMilliseconds;

            double editMs = MeasureEdit(vault);
            links = vault.Notes.Sum(n => n.Links.Count);
            diagnostics = results.Sum(r => r.Diagnostics.Count);
            if (run == 0)
            {
                Console.Error.WriteLine($"First run (JIT, cold cache): load {loadMs:F0} ms, check {checkMs:F0} ms.");
                continue;
            }

            load.Add(loadMs);
            check.Add(checkMs);
            edit.Add(editMs);
            index.Add(indexMs);
        }

        Console.WriteLine($"Vault: {vault!.NoteCount} notes, {links} links, {diagnostics} diagnostics; {runs} runs after one warm-up run; {Environment.ProcessorCount} cores, .NET {Environment.Version}.");
        Console.WriteLine();
        Console.WriteLine("| phase | median (ms) | fastest (ms) |");
        Console.WriteLine("| --- | ---: | ---: |");
        Row("load + parse + index", load);
        Row("of which: index only", index);
        Row("check every note", check);
        Row("load + check", load.Zip(check, (a, b) => a + b).ToList());
        Row("edit one note: re-parse, re-index, re-check it and its linkers", edit);
        return 0;
    }

    /// <summary>Measures what the server does for a keystroke in a linked note: one parse, one index update, the affected checks.</summary>
    private static double MeasureEdit(VaultSnapshot vault)
    {
        Note note = vault.Notes.First(n => vault.FindLinkers(n.Name).Count > 0);
        string edited = note.Text.Content + "\nAn added line with [[" + note.Name + "]].\n";
        var options = new CheckOptions(new DateOnly(2026, 12, 4));

        var stopwatch = Stopwatch.StartNew();
        Note parsed = NoteParser.Parse(note.Path, SourceText.From(edited));
        VaultSnapshot updated = vault.WithNote(parsed);
        var affected = new List<NoteDiagnostic>(NoteChecker.Check(updated, parsed, options));
        foreach (string linker in updated.FindLinkers(parsed.Name))
        {
            affected.AddRange(NoteChecker.Check(updated, updated.FindNote(linker)!, options));
        }

        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static void Row(string phase, List<double> values)
    {
        var sorted = values.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {phase} | {sorted[sorted.Length / 2]:F1} | {sorted[0]:F1} |"));
    }
}
