using NoteLsp.Benchmarks;

// Each mode measures one thing and prints a Markdown table for docs/benchmarks.md.
string mode = args.Length > 0 ? args[0] : "vault";
string[] rest = args.Length > 0 ? args[1..] : [];
switch (mode)
{
    case "vault":
        return VaultBenchmark.Run(rest);
    case "startup":
        return StartupBenchmark.Run(rest);
    case "completion":
        return CompletionBenchmark.Run(rest);
    default:
        Console.Error.WriteLine($"Unknown benchmark '{mode}'. Modes: vault, startup, completion.");
        return 2;
}
