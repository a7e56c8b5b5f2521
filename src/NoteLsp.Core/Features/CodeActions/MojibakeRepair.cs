using System.Buffers;
using System.Text;
using NoteLsp.Core.Text;

namespace NoteLsp.Core.Features.CodeActions;

/// <summary>
/// Repairs UTF-8 text that was decoded as Windows-1252 and saved again ("ðŸŽ¯" back to "🎯").
/// </summary>
/// <remarks>
/// Each run of non-ASCII characters is turned back into the Windows-1252 bytes it came from, and
/// every complete UTF-8 sequence in those bytes is decoded. That step is lossless: the repaired
/// character, encoded as UTF-8 and decoded as Windows-1252, gives back the original characters.
/// Tools that produce this damage often drop the bytes Windows-1252 leaves undefined (81, 8D, 8F,
/// 90, 9D) and the invisible soft hyphen (AD), so some sequences arrive incomplete. Those are
/// restored only for the symbols in <see cref="Vocabulary"/>, only when the whole run repairs and
/// no letter or digit touches it. Anything else stays as written.
/// </remarks>
public static class MojibakeRepair
{
    /// <summary>Symbols that concept notes use (emoji, arrows, light box drawing), whose damaged forms are restored even when bytes were dropped.</summary>
    public static IReadOnlyList<string> Vocabulary { get; } =
    [
        "⭐", "❌", "⚠️", "✅", "❓", "❗", "⏱️", "✍️", "✏️", "➡️", "↔️", "✔️", "✖️", "\uFE0F",
        "🎯", "🤔", "📋", "📚", "💻", "🧠", "📊", "🟡", "🟢", "🔴", "🟠", "🔵", "💡", "🔥", "📝", "🚀",
        "→", "←", "↑", "↓", "✓", "✗", "•", "…",
        "─", "│", "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼",
    ];

    private static readonly char[] HighControlBytes = ['\u0081', '\u008D', '\u008F', '\u0090', '\u009D'];

    /// <summary>Windows-1252 bytes 80–9F and the characters they decode to. 81, 8D, 8F, 90 and 9D are undefined and kept as C1 controls.</summary>
    private static readonly string Cp1252High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private static readonly Dictionary<char, byte> ByteOfChar = BuildByteTable();

    private static readonly (string Damaged, string Symbol)[] DamagedForms = BuildDamagedForms();

    /// <summary>Returns the replacements that repair <paramref name="text"/>, in text order. An empty list when nothing can be repaired.</summary>
    public static IReadOnlyList<TextChange> FindRepairs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var changes = new List<TextChange>();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] < 0x80 || !ByteOfChar.ContainsKey(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && text[i] >= 0x80 && ByteOfChar.ContainsKey(text[i]))
            {
                i++;
            }

            string? repaired = RepairRun(text, start, i);
            if (repaired is not null)
            {
                changes.Add(new TextChange(new TextSpan(start, i), repaired));
            }
        }

        return changes;
    }

    /// <summary>Returns <paramref name="text"/> with every repair of <see cref="FindRepairs"/> applied.</summary>
    public static string Repair(string text)
    {
        IReadOnlyList<TextChange> changes = FindRepairs(text);
        var builder = new StringBuilder(text.Length);
        int position = 0;
        foreach (TextChange change in changes)
        {
            builder.Append(text, position, change.Span.Start - position).Append(change.NewText);
            position = change.Span.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>Returns the repaired text of the run <c>[start, end)</c>, or null when nothing in it changes.</summary>
    private static string? RepairRun(string text, int start, int end)
    {
        string run = text[start..end];
        (string Text, bool Changed, bool UsedDamaged, bool Complete) withDamaged = DecodeRun(run, allowDamaged: true);
        if (withDamaged.UsedDamaged)
        {
            bool isolated = (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
            if (withDamaged.Complete && isolated)
            {
                return withDamaged.Text;
            }

            var lossless = DecodeRun(run, allowDamaged: false);
            return lossless.Changed ? lossless.Text : null;
        }

        return withDamaged.Changed ? withDamaged.Text : null;
    }

    private static (string Text, bool Changed, bool UsedDamaged, bool Complete) DecodeRun(string run, bool allowDamaged)
    {
        var output = new StringBuilder(run.Length);
        bool changed = false;
        bool usedDamaged = false;
        bool complete = true;
        int j = 0;
        while (j < run.Length)
        {
            string? decoded = TryDecodeSequence(run, j, out int consumed);
            if (decoded is not null)
            {
                output.Append(decoded);
                j += consumed;
                changed = true;
                continue;
            }

            (string Damaged, string Symbol)? damaged = allowDamaged ? MatchDamaged(run, j) : null;
            if (damaged is { } match)
            {
                output.Append(match.Symbol);
                j += match.Damaged.Length;
                changed = true;
                usedDamaged = true;
                continue;
            }

            output.Append(run[j]);
            complete = false;
            j++;
        }

        return (output.ToString(), changed, usedDamaged, complete);
    }

    /// <summary>Decodes one complete UTF-8 sequence of two to four bytes at <paramref name="index"/>, or returns null.</summary>
    private static string? TryDecodeSequence(string run, int index, out int consumed)
    {
        consumed = 0;
        byte lead = ByteOfChar[run[index]];
        int length = lead switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        if (length == 0 || index + length > run.Length)
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[4];
        for (int k = 0; k < length; k++)
        {
            bytes[k] = ByteOfChar[run[index + k]];
        }

        // Strict decoding rejects overlong forms and surrogates, so every accepted sequence maps back to the same bytes.
        if (Rune.DecodeFromUtf8(bytes[..length], out Rune rune, out int read) != OperationStatus.Done || read != length)
        {
            return null;
        }

        consumed = length;
        return rune.ToString();
    }

    private static (string Damaged, string Symbol)? MatchDamaged(string run, int index)
    {
        foreach (var form in DamagedForms)
        {
            if (string.CompareOrdinal(run, index, form.Damaged, 0, form.Damaged.Length) == 0)
            {
                return form;
            }
        }

        return null;
    }

    private static Dictionary<char, byte> BuildByteTable()
    {
        var table = new Dictionary<char, byte>();
        for (int b = 0; b < 0x100; b++)
        {
            char c = b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;
            table[c] = (byte)b;
        }

        return table;
    }

    /// <summary>Builds the damaged form of each vocabulary symbol that loses bytes, longest first. Forms two symbols share are left out.</summary>
    private static (string Damaged, string Symbol)[] BuildDamagedForms()
    {
        var forms = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (string symbol in Vocabulary)
        {
            var damaged = new StringBuilder();
            bool dropped = false;
            foreach (byte b in Encoding.UTF8.GetBytes(symbol))
            {
                char c = b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;
                if (b == 0xAD || Array.IndexOf(HighControlBytes, c) >= 0)
                {
                    dropped = true;
                    continue;
                }

                damaged.Append(c);
            }

            if (dropped && damaged.Length > 0)
            {
                string key = damaged.ToString();
                forms[key] = forms.TryGetValue(key, out string? other) && other != symbol ? null : symbol;
            }
        }

        return forms
            .Where(f => f.Value is not null)
            .Select(f => (f.Key, f.Value!))
            .OrderByDescending(f => f.Key.Length)
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .ToArray();
    }
}
