using System.Text.RegularExpressions;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using YamlDotNet.RepresentationModel;

namespace NoteLsp.Core.Metadata;

/// <summary>
/// Finds review dates in a note: the body lines <c>**Next review**: …</c> and
/// <c>**Last update**: …</c> outside code blocks, and the metadata keys <c>next-review</c> and
/// <c>last-update</c>.
/// </summary>
public static partial class ReviewDateReader
{
    public const string NextReviewKey = "next-review";

    public const string LastUpdateKey = "last-update";

    public static IReadOnlyList<ReviewDate> Read(Note note, NoteMetadata metadata)
    {
        var dates = new List<ReviewDate>();
        ReadMetadataKey(note.Text, metadata, NextReviewKey, ReviewDateKind.NextReview, dates);
        ReadMetadataKey(note.Text, metadata, LastUpdateKey, ReviewDateKind.LastUpdate, dates);
        ReadBody(note, dates);
        return dates;
    }

    private static void ReadMetadataKey(SourceText text, NoteMetadata metadata, string key, ReviewDateKind kind, List<ReviewDate> dates)
    {
        if (metadata.FindValue(key) is not YamlScalarNode scalar)
        {
            return;
        }

        TextSpan span = metadata.GetSpan(scalar, text);
        string value = scalar.Value ?? string.Empty;

        // A plain scalar spans exactly its text; a quoted one also covers the quotes.
        int valueStart = scalar.Style is YamlDotNet.Core.ScalarStyle.Plain ? span.Start : span.Start + 1;
        dates.Add(Split(kind, value, valueStart));
    }

    private static void ReadBody(Note note, List<ReviewDate> dates)
    {
        SourceText text = note.Text;
        char fence = '\0';
        int fenceLength = 0;
        for (int line = 0; line < text.LineCount; line++)
        {
            // Most lines are neither fences nor review lines; skip them without allocating.
            ReadOnlySpan<char> raw = text.Content.AsSpan(text.GetLineSpan(line).Start, text.GetLineSpan(line).Length);
            ReadOnlySpan<char> trimmed = raw.TrimStart(' ');
            bool maybeFence = trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal);
            if (!maybeFence && (fence != '\0' || !raw.Contains("**", StringComparison.Ordinal)))
            {
                continue;
            }

            string content = raw.ToString();
            Match fenceMatch = FencePattern().Match(content);
            if (fenceMatch.Success)
            {
                string marks = fenceMatch.Groups["marks"].Value;
                if (fence == '\0')
                {
                    (fence, fenceLength) = (marks[0], marks.Length);
                }
                else if (marks[0] == fence && marks.Length >= fenceLength && fenceMatch.Groups["info"].Value.Trim().Length == 0)
                {
                    fence = '\0';
                }

                continue;
            }

            if (fence != '\0')
            {
                continue;
            }

            Match match = BodyLinePattern().Match(content);
            if (!match.Success)
            {
                continue;
            }

            var kind = match.Groups["label"].Value.StartsWith('N') || match.Groups["label"].Value.StartsWith('n')
                ? ReviewDateKind.NextReview
                : ReviewDateKind.LastUpdate;
            Group rest = match.Groups["rest"];
            dates.Add(Split(kind, rest.Value, text.GetLineStart(line) + rest.Index));
        }
    }

    /// <summary>Splits "2026-01-26 (+1 month)" that starts at note offset <paramref name="start"/> into the date and the interval.</summary>
    private static ReviewDate Split(ReviewDateKind kind, string value, int start)
    {
        Match match = ValuePattern().Match(value);
        Group date = match.Groups["date"];
        var dateSpan = new TextSpan(start + date.Index, start + date.Index + date.Length);
        if (!match.Groups["interval"].Success)
        {
            return new ReviewDate(kind, date.Value, dateSpan, null, null);
        }

        Group interval = match.Groups["interval"];
        var intervalSpan = new TextSpan(start + interval.Index, start + interval.Index + interval.Length);
        return new ReviewDate(kind, date.Value, dateSpan, interval.Value, intervalSpan);
    }

    [GeneratedRegex(@"^ {0,3}(?<marks>`{3,}|~{3,})(?<info>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex FencePattern();

    // "**Next review**: …", "**Next review:** …", optionally as a list item.
    [GeneratedRegex(@"^\s{0,3}(?:[-*+]\s+)?\*\*(?<label>Next review|Last update)(?::\*\*|\*\*\s*:)[ \t]*(?<rest>.*?)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BodyLinePattern();

    [GeneratedRegex(@"^(?<date>[^\s(]*)\s*(?:\((?<interval>[^)]*)\))?", RegexOptions.CultureInvariant)]
    private static partial Regex ValuePattern();
}
