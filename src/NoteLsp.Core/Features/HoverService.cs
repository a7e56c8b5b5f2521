using System.Globalization;
using System.Text;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Links;
using NoteLsp.Core.Metadata;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;
using YamlDotNet.RepresentationModel;

namespace NoteLsp.Core.Features;

/// <summary>Markdown to show on hover and the span it is about.</summary>
public sealed record HoverContent(string Markdown, TextSpan Span);

/// <summary>
/// Hover: on a link, a preview of its target (title, metadata summary and TL;DR, or the section
/// or block the link names); on a <c>**Next review**</c> date, how far it is from today.
/// </summary>
public static class HoverService
{
    /// <summary>The longest preview, in characters; longer sections are cut at a line end.</summary>
    public const int MaxPreviewLength = 1200;

    /// <summary>Returns the hover at <paramref name="offset"/>, or null when the cursor is on nothing the service describes.</summary>
    public static HoverContent? GetHover(VaultSnapshot vault, Note note, int offset, DateOnly today, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        WikiLink? link = LinkLookup.FindLinkAt(note, offset);
        if (link is not null)
        {
            return new HoverContent(DescribeLink(vault, note, link), link.Span);
        }

        return DescribeReviewDate(note, offset, today);
    }

    private static string DescribeLink(VaultSnapshot vault, Note note, WikiLink link)
    {
        LinkResolution resolution = LinkResolver.Resolve(vault, note, link);
        if (resolution.TargetPath is null)
        {
            return resolution.Kind == LinkResolutionKind.Empty
                ? "Empty link."
                : $"No note named `{resolution.Target}` in the vault.";
        }

        if (resolution.IsAttachment)
        {
            return $"Attachment `{resolution.TargetPath}`";
        }

        Note target = vault.FindNote(resolution.TargetPath)!;
        var builder = new StringBuilder();
        builder.Append("**").Append(target.Title ?? target.Name).Append("**  \n`").Append(target.Path).Append('`');
        string? summary = SummarizeMetadata(target);
        if (summary is not null)
        {
            builder.Append("\n\n").Append(summary);
        }

        string? preview = resolution.Heading is { } heading
            ? SectionBody(target, heading)
            : resolution.Block is { } block
                ? target.Text.GetText(block.BlockSpan)
                : Summary(target);
        if (!string.IsNullOrWhiteSpace(preview))
        {
            builder.Append("\n\n---\n\n").Append(Shorten(preview.Trim()));
        }

        return builder.ToString();
    }

    /// <summary>Returns "Difficulty ⭐ (1/5) · Time to master 30min · Tags concept, docker" from the note's metadata, or null when it has none of them.</summary>
    private static string? SummarizeMetadata(Note note)
    {
        NoteMetadata metadata = MetadataReader.Read(note, new List<NoteDiagnostic>());
        var parts = new List<string>();
        if (metadata.FindValue("difficulty") is YamlScalarNode { Value: { Length: > 0 } difficulty })
        {
            parts.Add($"Difficulty {difficulty}");
        }

        if (metadata.FindValue("time-to-master") is YamlScalarNode { Value: { Length: > 0 } time })
        {
            parts.Add($"Time to master {time}");
        }

        if (metadata.FindValue("tags") is YamlSequenceNode tags && tags.Children.Count > 0)
        {
            parts.Add("Tags " + string.Join(", ", tags.Children.OfType<YamlScalarNode>().Select(t => t.Value)));
        }

        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    /// <summary>Returns the body of the note's TL;DR section, or else its first paragraph after the title and metadata.</summary>
    private static string? Summary(Note note)
    {
        Heading? tldr = note.Headings.FirstOrDefault(h => h.Text.Contains("TL;DR", StringComparison.OrdinalIgnoreCase));
        if (tldr is not null)
        {
            return SectionBody(note, tldr);
        }

        return FirstParagraph(note);
    }

    private static string SectionBody(Note note, Heading heading) =>
        note.Text.GetText(new TextSpan(heading.Span.End, heading.SectionSpan.End)).Trim().TrimEnd('-').Trim();

    private static string? FirstParagraph(Note note)
    {
        SourceText text = note.Text;
        var lines = new List<string>();
        for (int line = 0; line < text.LineCount; line++)
        {
            int start = text.GetLineStart(line);
            bool skipped = note.Headings.Any(h => h.Span.Touches(start))
                || note.DataBlocks.Any(b => b.Span.Contains(new TextSpan(start, start)));
            string content = text.GetLineText(line);
            if (skipped || content.Trim().Length == 0)
            {
                if (lines.Count > 0)
                {
                    break;
                }

                continue;
            }

            lines.Add(content);
        }

        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    private static HoverContent? DescribeReviewDate(Note note, int offset, DateOnly today)
    {
        NoteMetadata metadata = MetadataReader.Read(note, new List<NoteDiagnostic>());
        ReviewDate? date = ReviewDateReader.Read(note, metadata)
            .FirstOrDefault(d => d.Kind == ReviewDateKind.NextReview && d.DateSpan.Length > 0 && d.DateSpan.Touches(offset));
        if (date is null || !DateOnly.TryParseExact(date.DateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly due))
        {
            return null;
        }

        return new HoverContent(DescribeDue(due, today), date.DateSpan);
    }

    /// <summary>Returns "due today", "due in N days" or "overdue by N days".</summary>
    public static string DescribeDue(DateOnly due, DateOnly today)
    {
        int days = due.DayNumber - today.DayNumber;
        return days switch
        {
            0 => "Review due today",
            1 => "Review due in 1 day",
            > 1 => $"Review due in {days} days",
            -1 => "Review overdue by 1 day",
            _ => $"Review overdue by {-days} days",
        };
    }

    private static string Shorten(string text)
    {
        if (text.Length <= MaxPreviewLength)
        {
            return text;
        }

        int cut = text.LastIndexOf('\n', MaxPreviewLength);
        return text[..(cut > 0 ? cut : MaxPreviewLength)] + "\n\n…";
    }
}
