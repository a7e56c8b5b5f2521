using System.Globalization;

namespace NoteLsp.Benchmarks;

/// <summary>Reads <c>--name value</c> options and finds or generates the vault a benchmark runs on.</summary>
public static class BenchmarkArguments
{
    public static string? FindText(string[] args, string name)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public static int FindNumber(string[] args, string name, int fallback)
    {
        string? value = FindText(args, name);
        return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Returns <c>--path</c> when given; otherwise a generated vault of <c>--notes</c> notes
    /// (default 10,000) in a temporary folder, written on first use and reused after that.
    /// </summary>
    public static string VaultPath(string[] args)
    {
        string? path = FindText(args, "--path");
        if (path is not null)
        {
            return path;
        }

        int notes = FindNumber(args, "--notes", 10_000);
        path = Path.Combine(Path.GetTempPath(), "notelsp-bench-" + notes.ToString(CultureInfo.InvariantCulture));
        if (!Directory.Exists(path))
        {
            var generation = System.Diagnostics.Stopwatch.StartNew();
            VaultGenerator.Write(path, notes);
            Console.Error.WriteLine($"Generated {notes} notes in {path} in {generation.ElapsedMilliseconds} ms.");
        }

        return path;
    }
}
