using System.Diagnostics;
using System.Globalization;
using NoteLsp.Core.Features.Completion;
using NoteLsp.Core.Features.Rename;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Parsing;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Benchmarks;

/// <summary>
/// <c>completion [--notes N] [--runs R] [--path DIR]</c>: times completion requests of several
/// kinds in an N-note vault (default 10,000; the same generated vault as the <c>vault</c> mode)
/// and one note rename. Each request runs once cold, which also fills the per-note caches, and
/// then R times warm. The table shows the cold time, the median and fastest warm runs, and the
/// process CPU time per warm run. CPU time leaves out time spent waiting for a core, so it stays
/// meaningful on a busy machine. Linux counts it in 10 ms ticks, so it is averaged over the runs.
/// </summary>
public static class CompletionBenchmark
{
    public static int Run(string[] args)
    {
        int notes = IntOption(args, "--notes", 10_000);
        int runs = IntOption(args, "--runs", 51);
        string? path = StringOption(args, "--path");
        bool generated = path is null;
        path ??= Path.Combine(Path.GetTempPath(), "notelsp-bench-" + notes.ToString(CultureInfo.InvariantCulture));
        if (generated && !Directory.Exists(path))
        {
            VaultGenerator.Write(path, notes);
        }

        VaultSnapshot vault = VaultLoader.Load(path);
        Note current = vault.Notes.OrderBy(n => n.Path, StringComparer.Ordinal).First();
        var options = new CompletionOptions(new DateOnly(2026, 12, 4));
        string target = vault.Notes.OrderByDescending(n => vault.FindLinkers(n.Name).Count).First().Name;

        Console.WriteLine($"Vault: {vault.NoteCount} notes; {runs} warm runs per request after one cold run; {Environment.ProcessorCount} cores, .NET {Environment.Version}.");
        Console.WriteLine();
        Console.WriteLine("| request | items | incomplete | cold (ms) | median (ms) | fastest (ms) | CPU per run (ms) |");
        Console.WriteLine("| --- | ---: | :---: | ---: | ---: | ---: | ---: |");
        Measure(vault, current, "`[[` (every note)", "\nSee [[$$", options, runs);
        Measure(vault, current, "`[[dock` (prefix)", "\nSee [[dock$$", options, runs);
        Measure(vault, current, "`[[dtt` (fuzzy)", "\nSee [[dtt$$", options, runs);
        Measure(vault, current, "`[[docker/part-08/` (path)", "\nSee [[docker/part-08/$$", options, runs);
        Measure(vault, current, "`[[name#` (headings)", $"\nSee [[{target}#$$", options, runs);
        Measure(vault, current, "`tags: [con` (vault tags)", "\n---\ntags: [con$$]\n---\n", options, runs, prepend: true);
        MeasureRename(vault, target, runs);
        return 0;
    }

    private static void Measure(VaultSnapshot vault, Note note, string label, string typed, CompletionOptions options, int runs, bool prepend = false)
    {
        // The cursor marker is cut out, and the typed text joins the note as an editor would send it.
        int marker = typed.IndexOf("$$", StringComparison.Ordinal);
        string insert = typed.Remove(marker, 2);
        string text = prepend ? insert.TrimStart('\n') + note.Text.Content : note.Text.Content + insert;
        int cursor = prepend ? marker - 1 : note.Text.Length + marker;
        Note edited = NoteParser.Parse(note.Path, SourceText.From(text));
        VaultSnapshot snapshot = vault.WithNote(edited);

        var stopwatch = Stopwatch.StartNew();
        CompletionList list = CompletionService.Complete(snapshot, edited, cursor, options);
        double cold = stopwatch.Elapsed.TotalMilliseconds;

        var times = new List<double>(runs);
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (int run = 0; run < runs; run++)
        {
            stopwatch.Restart();
            list = CompletionService.Complete(snapshot, edited, cursor, options);
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        double cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;
        Row(label, list.Items.Count.ToString(CultureInfo.InvariantCulture), list.IsIncomplete ? "yes" : "no", cold, times, cpuPerRun);
    }

    private static void MeasureRename(VaultSnapshot vault, string name, int runs)
    {
        Note note = vault.Notes.First(n => n.Name == name);
        var stopwatch = Stopwatch.StartNew();
        RenameResult result = RenameService.RenameNote(vault, note.Path, name + "-renamed");
        double cold = stopwatch.Elapsed.TotalMilliseconds;

        var times = new List<double>(runs);
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (int run = 0; run < runs; run++)
        {
            stopwatch.Restart();
            result = RenameService.RenameNote(vault, note.Path, name + "-renamed");
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        double cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;

        string label = $"rename `{name}` ({vault.FindLinkers(name).Count} linking notes)";
        Row(label, $"{result.Edit!.Operations.Count} operations", "-", cold, times, cpuPerRun);
    }

    private static void Row(string label, string items, string incomplete, double cold, List<double> times, double cpuPerRun)
    {
        var sorted = times.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {items} | {incomplete} | {cold:F1} | {sorted[sorted.Length / 2]:F2} | {sorted[0]:F2} | {cpuPerRun:F1} |"));
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        string? value = StringOption(args, name);
        return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
    }

    private static string? StringOption(string[] args, string name)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
