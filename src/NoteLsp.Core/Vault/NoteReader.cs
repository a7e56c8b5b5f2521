using System.Buffers;
using System.Text;
using System.Text.Unicode;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Parsing;
using NoteLsp.Core.Text;

namespace NoteLsp.Core.Vault;

/// <summary>
/// Reads a note file from disk into a <see cref="Note"/>. Binary, oversized and invalid UTF-8
/// files become notes with a file diagnostic instead of throwing, so one bad file never stops
/// a vault load.
/// </summary>
public static class NoteReader
{
    /// <summary>Notes larger than this are indexed by name only. Real notes are far smaller; the limit keeps one stray dump from stalling the vault.</summary>
    public const long MaxNoteBytes = 8 * 1024 * 1024;

    private const int BinarySniffBytes = 8000;

    /// <summary>Reads and parses <paramref name="fullPath"/>; I/O errors still throw.</summary>
    public static Note Read(string fullPath, string relativePath)
    {
        long length = new FileInfo(fullPath).Length;
        if (length > MaxNoteBytes)
        {
            return NoteParser.CreateUnreadable(relativePath, [FileDiagnostic(
                DiagnosticCodes.FileTooLarge,
                $"The note is {length / (1024 * 1024)} MiB, over the {MaxNoteBytes / (1024 * 1024)} MiB limit: it is not analysed, but links to it resolve.")]);
        }

        return FromBytes(relativePath, File.ReadAllBytes(fullPath));
    }

    /// <summary>Decodes and parses the bytes of a note file.</summary>
    public static Note FromBytes(string relativePath, byte[] bytes)
    {
        if (LooksBinary(bytes))
        {
            return NoteParser.CreateUnreadable(relativePath, [FileDiagnostic(
                DiagnosticCodes.BinaryFile,
                "The file contains binary data (NUL bytes), not Markdown text: it is not analysed. Rename it if it is not a note.")]);
        }

        var diagnostics = new List<NoteDiagnostic>();
        string text = Decode(bytes, diagnostics);
        return NoteParser.Parse(relativePath, SourceText.From(text), diagnostics);
    }

    private static bool LooksBinary(byte[] bytes)
    {
        // UTF-16 files contain NUL bytes but are text, which their byte order mark shows.
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return false;
        }

        return bytes.AsSpan(0, Math.Min(bytes.Length, BinarySniffBytes)).Contains((byte)0);
    }

    private static string Decode(byte[] bytes, List<NoteDiagnostic> diagnostics)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        // Decode with U+FFFD replacements so that the rest of the note still works, and point at the first bad byte.
        int validPrefix = FindFirstInvalidByte(bytes);
        string text = Encoding.UTF8.GetString(bytes);
        int offset = Encoding.UTF8.GetCharCount(bytes, 0, validPrefix);
        bool bom = text.Length > 0 && text[0] == '\uFEFF';
        if (bom)
        {
            offset = Math.Max(0, offset - 1);
        }

        diagnostics.Add(new NoteDiagnostic(
            DiagnosticCodes.InvalidUtf8.Code,
            DiagnosticCodes.InvalidUtf8.DefaultSeverity,
            TextSpan.FromLength(offset, 1),
            $"The file is not valid UTF-8 (first invalid byte 0x{bytes[validPrefix]:X2} at byte {validPrefix}); invalid bytes show as '\uFFFD'. Convert the file to UTF-8; saving it from the editor replaces them for good.",
            Data: new Dictionary<string, string> { ["byte"] = validPrefix.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        return text;
    }

    private static int FindFirstInvalidByte(byte[] bytes)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            Utf8.ToUtf16(bytes, buffer, out int bytesRead, out _, replaceInvalidSequences: false);
            return Math.Min(bytesRead, bytes.Length - 1);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static NoteDiagnostic FileDiagnostic(DiagnosticDescriptor descriptor, string message) =>
        new(descriptor.Code, descriptor.DefaultSeverity, new TextSpan(0, 0), message);
}
