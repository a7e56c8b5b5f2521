using System.Text;
using System.Text.RegularExpressions;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using YamlDotNet.RepresentationModel;

namespace NoteLsp.Core.Metadata;

/// <summary>
/// Compares a <c>status/…</c> tag with the <c>Status:</c> line of the note's Stats block, such
/// as <c>status/learned</c> against <c>🟡 Learning</c>. Both are reduced to lowercase ASCII words
/// before they are compared, so emoji and case never count as a difference.
/// </summary>
public static partial class StatusChecker
{
    private const string StatusPrefix = "status/";

    public static void Check(Note note, NoteMetadata metadata, List<NoteDiagnostic> diagnostics)
    {
        if (metadata.FindValue("tags") is not YamlSequenceNode tags)
        {
            return;
        }

        YamlScalarNode? tag = tags.Children.OfType<YamlScalarNode>()
            .FirstOrDefault(t => t.Value?.StartsWith(StatusPrefix, StringComparison.Ordinal) == true);
        DataBlock? stats = note.DataBlocks.FirstOrDefault(b => b.Kind == DataBlockKind.StatsSection);
        if (tag is null || stats is null)
        {
            return;
        }

        (string Text, TextSpan Span)? status = FindStatusLine(note.Text, stats);
        if (status is null)
        {
            return;
        }

        string tagStatus = tag.Value![StatusPrefix.Length..];
        if (Normalize(tagStatus) == Normalize(status.Value.Text))
        {
            return;
        }

        diagnostics.Add(MetadataDiagnostics.Create(
            DiagnosticCodes.StatusMismatch,
            status.Value.Span,
            $"The tag '{tag.Value}' says '{tagStatus}' but the Stats block says '{status.Value.Text}': update one so that they agree.",
            related: [new RelatedLocation(note.Path, metadata.GetSpan(tag, note.Text), "the status tag")]));
    }

    private static (string Text, TextSpan Span)? FindStatusLine(SourceText text, DataBlock stats)
    {
        if (stats.ContentSpan.IsEmpty)
        {
            return null;
        }

        int first = text.GetLineIndex(stats.ContentSpan.Start);
        int last = text.GetLineIndex(Math.Max(stats.ContentSpan.Start, stats.ContentSpan.End - 1));
        for (int line = first; line <= last; line++)
        {
            Match match = StatusLinePattern().Match(text.GetLineText(line));
            if (match.Success && match.Groups["value"].Length > 0)
            {
                Group value = match.Groups["value"];
                int start = text.GetLineStart(line) + value.Index;
                return (value.Value, new TextSpan(start, start + value.Length));
            }
        }

        return null;
    }

    /// <summary>Returns the ASCII letters and digits of <paramref name="status"/>, lower-cased, with '-' between words.</summary>
    private static string Normalize(string status)
    {
        var builder = new StringBuilder(status.Length);
        foreach (char c in status.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }

    [GeneratedRegex(@"^\s*Status\s*:\s*(?<value>.*?)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StatusLinePattern();
}
