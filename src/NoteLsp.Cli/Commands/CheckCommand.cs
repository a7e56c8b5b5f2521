using System.Diagnostics;
using NoteLsp.Cli.Reporting;
using NoteLsp.Core.Checks;
using NoteLsp.Core.Config;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;

namespace NoteLsp.Cli.Commands;

/// <summary><c>notelsp check</c>: loads each vault named on the command line and reports its diagnostics.</summary>
public static class CheckCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        CheckArguments? arguments = CheckArguments.Parse(args, out string? usageError);
        if (arguments is null)
        {
            error.WriteLine($"notelsp check: {usageError}");
            error.WriteLine("Usage: notelsp check [PATH...] [--format text|json|sarif] [--today YYYY-MM-DD] [--config FILE]");
            return CliApp.ExitUsage;
        }

        DateOnly? today = TodayOption.Resolve(arguments.Today, environment, out string? todayError);
        if (today is null)
        {
            error.WriteLine($"notelsp check: {todayError}");
            return CliApp.ExitUsage;
        }

        VaultConfig? config = null;
        if (arguments.ConfigPath is not null)
        {
            if (!File.Exists(arguments.ConfigPath))
            {
                error.WriteLine($"notelsp check: config file not found: {arguments.ConfigPath}");
                return CliApp.ExitUsage;
            }

            config = VaultConfigReader.ReadFile(arguments.ConfigPath);
        }

        var stopwatch = Stopwatch.StartNew();
        var report = new CheckReport(today.Value);
        foreach (CheckTarget target in arguments.Targets)
        {
            if (!TryCheck(target, config, arguments.ConfigPath, report, error))
            {
                return CliApp.ExitUsage;
            }
        }

        report.Elapsed = stopwatch.Elapsed;
        IReporter reporter = arguments.Format switch
        {
            "json" => new JsonReporter(),
            "sarif" => new SarifReporter(),
            _ => new TextReporter(),
        };
        reporter.Write(report, output, error);
        return report.Count(DiagnosticSeverity.Error) > 0 ? CliApp.ExitFindings : CliApp.ExitSuccess;
    }

    private static bool TryCheck(CheckTarget target, VaultConfig? config, string? configPath, CheckReport report, TextWriter error)
    {
        VaultSnapshot vault;
        try
        {
            vault = VaultLoader.Load(target.VaultRoot, config);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"notelsp check: cannot read the vault '{target.VaultRoot}': {e.Message}");
            return false;
        }

        foreach (ConfigProblem problem in vault.Config.Problems)
        {
            report.AddConfigProblem(configPath is null ? Path.Combine(vault.RootPath, VaultConfig.FileName) : Path.GetFullPath(configPath), problem);
        }

        var options = new CheckOptions(report.Today);
        if (target.NotePath is null)
        {
            string? scope = target.FolderScope is null ? null : target.FolderScope + "/";
            foreach (var (note, diagnostics) in NoteChecker.CheckAll(vault, options))
            {
                if (scope is null || note.Path.StartsWith(scope, StringComparison.Ordinal))
                {
                    report.Add(vault, note, diagnostics);
                }
            }

            return true;
        }

        Note? selected = vault.FindNote(target.NotePath);
        if (selected is null)
        {
            error.WriteLine($"notelsp check: '{target.DisplayPath}' is not a note of the vault '{vault.RootPath}' (hidden, ignored or not a .md file).");
            return false;
        }

        report.Add(vault, selected, NoteChecker.Check(vault, selected, options));
        return true;
    }
}
