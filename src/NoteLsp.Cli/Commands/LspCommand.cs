using NoteLsp.Server;
using NoteLsp.Server.Logging;

namespace NoteLsp.Cli.Commands;

/// <summary><c>notelsp lsp</c>: serves the Language Server Protocol over stdin and stdout; the log goes to stderr.</summary>
public static class LspCommand
{
    public const string Usage = "Usage: notelsp lsp [--log-level trace|debug|information|warning|error|off] [--stdio] [--clientProcessId=N] [--wait-for-debugger]";

    public static async Task<int> RunAsync(string[] args, TextWriter error)
    {
        LogLevel logLevel = LogLevel.Information;
        bool waitForDebugger = false;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            string? value = null;
            if (arg.StartsWith("--log-level=", StringComparison.Ordinal))
            {
                value = arg["--log-level=".Length..];
            }
            else if (arg == "--log-level" && i + 1 < args.Length)
            {
                value = args[++i];
            }
            else if (arg == "--wait-for-debugger")
            {
                waitForDebugger = true;
                continue;
            }
            else if (arg == "--stdio" || arg.StartsWith("--clientProcessId", StringComparison.Ordinal))
            {
                // VS Code's client appends these; stdio is the only transport and the server stops when stdin closes.
                if (arg == "--clientProcessId" && i + 1 < args.Length)
                {
                    i++;
                }

                continue;
            }
            else
            {
                await error.WriteLineAsync($"notelsp lsp: unknown option '{arg}'.").ConfigureAwait(false);
                await error.WriteLineAsync(Usage).ConfigureAwait(false);
                return CliApp.ExitUsage;
            }

            if (LogLevels.Parse(value) is not { } parsed)
            {
                await error.WriteLineAsync($"notelsp lsp: invalid log level '{value}'.").ConfigureAwait(false);
                await error.WriteLineAsync(Usage).ConfigureAwait(false);
                return CliApp.ExitUsage;
            }

            logLevel = parsed;
        }

        if (waitForDebugger)
        {
            // For F5 sessions of the extension: the server pauses before reading any message.
            await error.WriteLineAsync($"notelsp lsp: waiting for a debugger to attach to process {Environment.ProcessId}.").ConfigureAwait(false);
            while (!System.Diagnostics.Debugger.IsAttached)
            {
                await Task.Delay(100).ConfigureAwait(false);
            }
        }

        var options = new ServerOptions { LogWriter = error, LogLevel = logLevel };
        using Stream input = Console.OpenStandardInput();
        using Stream output = Console.OpenStandardOutput();
        using var server = new LanguageServer(input, output, options);
        return await server.RunAsync().ConfigureAwait(false);
    }
}
