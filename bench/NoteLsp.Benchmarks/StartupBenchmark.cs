using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace NoteLsp.Benchmarks;

/// <summary>
/// <c>startup --server PATH [--runs R]</c>: starts the language server R times and measures the
/// time from starting the process to reading its <c>initialize</c> response, then reports the
/// median, the fastest and the slowest run. PATH is <c>notelsp.dll</c> (run with <c>dotnet</c>)
/// or a published <c>notelsp</c> executable.
/// </summary>
public static class StartupBenchmark
{
    private const string InitializeRequest =
        """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""";

    private const string ShutdownRequest = """{"jsonrpc":"2.0","id":2,"method":"shutdown"}""";
    private const string ExitNotification = """{"jsonrpc":"2.0","method":"exit"}""";

    public static int Run(string[] args)
    {
        string? server = BenchmarkArguments.FindText(args, "--server");
        int runs = int.Parse(BenchmarkArguments.FindText(args, "--runs") ?? "10", CultureInfo.InvariantCulture);
        if (server is null || !File.Exists(server))
        {
            Console.Error.WriteLine($"startup: the server '{server}' was not found. Usage: startup --server PATH/notelsp.dll|PATH/notelsp [--runs N]");
            return 2;
        }

        var times = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            double milliseconds = MeasureOnce(server);
            times.Add(milliseconds);
            Console.Error.WriteLine($"run {i + 1}: {milliseconds:F0} ms");
        }

        times.Sort();
        Console.WriteLine("| Server | Runs | Median (ms) | Fastest (ms) | Slowest (ms) |");
        Console.WriteLine("|---|---|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{Path.GetFileName(server)}` | {runs} | {times[times.Count / 2]:F0} | {times[0]:F0} | {times[^1]:F0} |"));
        return 0;
    }

    /// <summary>Returns the milliseconds from process start to the complete <c>initialize</c> response.</summary>
    private static double MeasureOnce(string server)
    {
        bool isDll = server.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(isDll ? "dotnet" : server)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (isDll)
        {
            start.ArgumentList.Add(server);
        }

        start.ArgumentList.Add("lsp");
        start.ArgumentList.Add("--log-level");
        start.ArgumentList.Add("off");

        long started = Stopwatch.GetTimestamp();
        using Process process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        Stream input = process.StandardInput.BaseStream;
        Stream output = process.StandardOutput.BaseStream;

        Write(input, InitializeRequest);
        ReadResponse(output);
        double elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        Write(input, ShutdownRequest);
        ReadResponse(output);
        Write(input, ExitNotification);
        if (!process.WaitForExit(10_000))
        {
            process.Kill();
            throw new TimeoutException("The server did not exit within 10 s after shutdown and exit.");
        }

        return elapsed;
    }

    private static void Write(Stream stream, string json)
    {
        byte[] body = Encoding.UTF8.GetBytes(json);
        stream.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        stream.Write(body);
        stream.Flush();
    }

    /// <summary>Reads messages until a response, skipping notifications such as window/logMessage.</summary>
    private static void ReadResponse(Stream stream)
    {
        while (!ReadMessage(stream).Contains("\"id\":", StringComparison.Ordinal))
        {
        }
    }

    private static string ReadMessage(Stream stream)
    {
        var header = new StringBuilder();
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            int next = stream.ReadByte();
            if (next < 0)
            {
                throw new EndOfStreamException("The server closed its output before sending a response.");
            }

            header.Append((char)next);
        }

        string lengthLine = header.ToString().Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        byte[] body = new byte[int.Parse(lengthLine["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture)];
        stream.ReadExactly(body);
        return Encoding.UTF8.GetString(body);
    }
}
