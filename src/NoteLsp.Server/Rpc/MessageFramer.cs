using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using NoteLsp.Server.Logging;

namespace NoteLsp.Server.Rpc;

/// <summary>
/// Copies LSP messages from the client's stream to a clean stream for StreamJsonRpc, dropping
/// what is not a well-formed message: garbage between messages, a header without a valid
/// <c>Content-Length</c>, or a body that is not JSON. StreamJsonRpc's own reader ends the
/// connection on such input; this keeps the server serving and logs each dropped message.
/// </summary>
internal sealed class MessageFramer
{
    /// <summary>The largest body accepted. A note of the maximum analysed size, JSON-escaped, fits easily.</summary>
    public const int MaxContentLength = 64 * 1024 * 1024;

    private const int MaxHeaderBytes = 8 * 1024;
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] ContentLengthName = "Content-Length:"u8.ToArray();

    private readonly Stream _input;
    private readonly PipeWriter _output;
    private readonly ServerLogger _logger;

    public MessageFramer(Stream input, PipeWriter output, ServerLogger logger)
    {
        _input = input;
        _output = output;
        _logger = logger;
    }

    /// <summary>Copies messages until the input ends, then completes the output.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        PipeReader reader = PipeReader.Create(_input, new StreamPipeReaderOptions(leaveOpen: true));
        try
        {
            while (true)
            {
                ReadResult result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                ReadOnlySequence<byte> buffer = result.Buffer;
                while (TryTakeMessage(ref buffer, out byte[]? body))
                {
                    if (body is not null)
                    {
                        await WriteMessageAsync(body, cancellationToken).ConfigureAwait(false);
                    }
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            _logger.Debug("Rpc", $"The input stream closed: {e.Message}");
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
            await _output.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Takes one message off the front of <paramref name="buffer"/>. Returns false when more input is
    /// needed; returns true with a null body when it skipped malformed input.
    /// </summary>
    private bool TryTakeMessage(ref ReadOnlySequence<byte> buffer, out byte[]? body)
    {
        body = null;
        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryReadTo(out ReadOnlySequence<byte> header, HeaderEnd, advancePastDelimiter: true))
        {
            if (buffer.Length > MaxHeaderBytes)
            {
                _logger.Warning("Rpc", $"Dropped {buffer.Length} bytes of input that contain no message header.");
                buffer = buffer.Slice(buffer.Length - HeaderEnd.Length);
                return true;
            }

            return false;
        }

        int? contentLength = ReadContentLength(header, out string headerText);
        if (contentLength is null)
        {
            // Resynchronize at the next "Content-Length:" so that garbage before a valid header costs nothing else.
            long skip = FindLastContentLength(header);
            _logger.Warning("Rpc", $"Dropped input without a valid Content-Length header: '{Shorten(headerText)}'.");
            buffer = skip > 0 ? buffer.Slice(skip) : buffer.Slice(reader.Position);
            return true;
        }

        if (reader.Remaining < contentLength.Value)
        {
            return false;
        }

        ReadOnlySequence<byte> content = reader.UnreadSequence.Slice(0, contentLength.Value);
        buffer = reader.UnreadSequence.Slice(contentLength.Value);
        if (!IsJson(content))
        {
            _logger.Warning("Rpc", $"Dropped a message of {contentLength.Value} bytes whose body is not valid JSON.");
            return true;
        }

        body = content.ToArray();
        return true;
    }

    private static int? ReadContentLength(ReadOnlySequence<byte> header, out string headerText)
    {
        headerText = Encoding.ASCII.GetString(header.ToArray());
        int? length = null;
        foreach (string line in headerText.Split("\r\n"))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            string name = line[..colon].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int value)
                && value <= MaxContentLength)
            {
                length = value;
            }
        }

        return length;
    }

    /// <summary>Returns the offset of the last "Content-Length:" in a header that had garbage before it, or 0.</summary>
    private static long FindLastContentLength(ReadOnlySequence<byte> header)
    {
        byte[] bytes = header.ToArray();
        int index = bytes.AsSpan().LastIndexOf(ContentLengthName);
        return index > 0 ? index : 0;
    }

    private static bool IsJson(ReadOnlySequence<byte> content)
    {
        var reader = new Utf8JsonReader(content);
        try
        {
            return JsonDocument.TryParseValue(ref reader, out JsonDocument? document) && DisposeAndReturnTrue(document);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool DisposeAndReturnTrue(JsonDocument? document)
    {
        document?.Dispose();
        return true;
    }

    private async Task WriteMessageAsync(byte[] body, CancellationToken cancellationToken)
    {
        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
        await _output.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }

    private static string Shorten(string text)
    {
        string oneLine = text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        return oneLine.Length <= 80 ? oneLine : oneLine[..80] + "…";
    }
}
