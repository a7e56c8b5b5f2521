using System.Reflection;
using NoteLsp.Cli.Commands;

namespace NoteLsp.Cli;

/// <summary>The <c>notelsp</c> command line: dispatches to a command and returns its exit code.</summary>
public static class CliApp
{
    public const int ExitSuccess = 0;
    public const int ExitFindings = 1;
    public const int ExitUsage = 2;

    public static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await output.WriteAsync(Usage).ConfigureAwait(false);
            return args.Length == 0 ? ExitUsage : ExitSuccess;
        }

        string[] rest = args[1..];
        if (rest.Any(a => a is "-h" or "--help"))
        {
            await output.WriteAsync(Usage).ConfigureAwait(false);
            return ExitSuccess;
        }

        switch (args[0])
        {
            case "check":
                return CheckCommand.Run(rest, output, error, environment);
            case "new":
                return NewCommand.Run(rest, output, error, environment);
            case "lsp":
                return await LspCommand.RunAsync(rest, error).ConfigureAwait(false);
            case "--version" or "version":
                await output.WriteLineAsync($"notelsp {Version}").ConfigureAwait(false);
                return ExitSuccess;
            default:
                await error.WriteLineAsync($"notelsp: unknown command '{args[0]}'. Run 'notelsp --help' for the list of commands.").ConfigureAwait(false);
                return ExitUsage;
        }
    }

    public const string Usage = """
        notelsp: a language server and checker for Markdown note vaults.

        Usage:
          notelsp check [PATH...] [--format text|json|sarif] [--today YYYY-MM-DD] [--config FILE]
              Check notes for broken links, metadata and review dates. PATH is a vault, a folder
              in one, or a note (default: the current folder); a vault is the nearest folder
              with a .notelsp.yaml or .obsidian, else the folder itself. --config FILE replaces
              the vault's .notelsp.yaml. Exit code: 0 clean, 1 errors found, 2 usage or I/O error.
          notelsp new NAME [--template NAME] [--vault DIR] [--today YYYY-MM-DD]
              Create the note NAME (such as docker-images-layers or projects/plan) from a
              template: the vault's own, or the built-in 'concept' one. Notes that link to
              NAME get a link back. Never overwrites: exit code 2 when the note exists.
          notelsp lsp [--log-level trace|debug|information|warning|error|off] [--stdio] [--clientProcessId=N]
              Serve the Language Server Protocol over standard input and output; the log
              goes to standard error (default level: information). --stdio and
              --clientProcessId are accepted and ignored, for clients that add them.
          notelsp --version

        Environment:
          NOTELSP_TODAY=YYYY-MM-DD   the date review checks and new notes use as today; --today wins over it.

        """;
}
