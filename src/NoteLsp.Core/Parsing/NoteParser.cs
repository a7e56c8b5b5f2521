using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;

namespace NoteLsp.Core.Parsing;

/// <summary>
/// Parses a note's text into a <see cref="Note"/>. The Markdig pipeline is built once and is
/// safe to share between threads.
/// </summary>
public static partial class NoteParser
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    public static MarkdownPipeline MarkdownPipeline => Pipeline;

    public static Note Parse(string path, SourceText text, IReadOnlyList<NoteDiagnostic>? fileDiagnostics = null)
    {
        MarkdownDocument document = Markdown.Parse(text.Content, Pipeline);

        List<Heading> headings = ReadHeadings(document, text);
        List<DataBlock> dataBlocks = ReadDataBlocks(document, text, headings);
        List<WikiLink> links = ReadLinks(document, text, dataBlocks);
        List<BlockAnchor> blocks = ReadBlockAnchors(document, text);
        IReadOnlyList<string> aliases = AliasReader.Read(text, dataBlocks);

        var diagnostics = new List<NoteDiagnostic>(fileDiagnostics ?? []);
        NoteDiagnostic? mojibake = MojibakeDetector.Detect(text);
        if (mojibake is not null)
        {
            diagnostics.Add(mojibake);
        }

        string? title = headings.FirstOrDefault(h => h.Level == 1)?.Text;
        return new Note(path, text, title, headings, links, blocks, dataBlocks, aliases, diagnostics);
    }

    /// <summary>Returns a note with no content, for files that cannot be analysed; the name still resolves links.</summary>
    public static Note CreateUnreadable(string path, IReadOnlyList<NoteDiagnostic> fileDiagnostics) =>
        new(path, SourceText.From(string.Empty), null, [], [], [], [], [], fileDiagnostics);

    /// <summary>Converts Markdig's inclusive span into an end-exclusive one.</summary>
    internal static TextSpan ToTextSpan(SourceSpan span, SourceText text)
    {
        if (span.IsEmpty || span.Start < 0)
        {
            int at = Math.Clamp(span.Start, 0, text.Length);
            return new TextSpan(at, at);
        }

        int end = span.End + 1;
        if (span.End < text.Length && char.IsHighSurrogate(text.Content[span.End]))
        {
            end++;
        }

        return new TextSpan(Math.Min(span.Start, text.Length), Math.Min(end, text.Length));
    }

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseAutoLinks()
            .UsePreciseSourceLocation();
        builder.InlineParsers.InsertBefore<LinkInlineParser>(new WikiLinkInlineParser());
        return builder.Build();
    }

    private static List<Heading> ReadHeadings(MarkdownDocument document, SourceText text)
    {
        var found = new List<(int Level, string Text, TextSpan Span, TextSpan TextSpan)>();
        foreach (HeadingBlock heading in document.Descendants<HeadingBlock>())
        {
            TextSpan span = ToTextSpan(heading.Span, text);
            TextSpan textSpan = heading.IsSetext
                ? TrimSpan(text, text.GetLineSpan(text.GetLineIndex(span.Start)))
                : ReadAtxHeadingText(text, span);
            found.Add((heading.Level, text.GetText(textSpan), span, textSpan));
        }

        var headings = new List<Heading>(found.Count);
        for (int i = 0; i < found.Count; i++)
        {
            int sectionEnd = text.Length;
            for (int j = i + 1; j < found.Count; j++)
            {
                if (found[j].Level <= found[i].Level)
                {
                    sectionEnd = found[j].Span.Start;
                    break;
                }
            }

            var (level, headingText, span, textSpan) = found[i];
            headings.Add(new Heading(level, headingText, Slugs.FromHeading(headingText), span, textSpan, new TextSpan(span.Start, sectionEnd)));
        }

        return headings;
    }

    private static TextSpan ReadAtxHeadingText(SourceText text, TextSpan headingSpan)
    {
        TextSpan line = text.GetLineSpan(text.GetLineIndex(headingSpan.Start));
        string content = text.Content;
        int start = line.Start;
        while (start < line.End && content[start] is ' ' or '\t')
        {
            start++;
        }

        while (start < line.End && content[start] == '#')
        {
            start++;
        }

        int end = line.End;
        while (end > start && content[end - 1] is ' ' or '\t')
        {
            end--;
        }

        // An optional closing sequence of '#' counts only when a space comes before it.
        int hashes = end;
        while (hashes > start && content[hashes - 1] == '#')
        {
            hashes--;
        }

        if (hashes < end && (hashes == start || content[hashes - 1] is ' ' or '\t'))
        {
            end = hashes;
        }

        return TrimSpan(text, new TextSpan(start, Math.Max(start, end)));
    }

    private static TextSpan TrimSpan(SourceText text, TextSpan span)
    {
        int start = span.Start;
        int end = span.End;
        while (start < end && char.IsWhiteSpace(text.Content[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text.Content[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private static List<DataBlock> ReadDataBlocks(MarkdownDocument document, SourceText text, List<Heading> headings)
    {
        var blocks = new List<DataBlock>();
        if (document.Count > 0 && document[0] is YamlFrontMatterBlock frontMatter)
        {
            TextSpan span = ToTextSpan(frontMatter.Span, text);
            int firstLine = text.GetLineIndex(span.Start);
            int lastLine = text.GetLineIndex(Math.Max(span.Start, span.End - 1));
            int contentStart = firstLine + 1 < text.LineCount ? text.GetLineStart(firstLine + 1) : span.End;
            int contentEnd = lastLine > firstLine ? text.GetLineStart(lastLine) : contentStart;
            blocks.Add(new DataBlock(DataBlockKind.FrontMatter, span, new TextSpan(contentStart, Math.Max(contentStart, contentEnd)), null));
        }

        var claimedSections = new HashSet<Heading>();
        foreach (FencedCodeBlock fenced in document.OfType<FencedCodeBlock>())
        {
            if (!IsYamlInfo(fenced.Info))
            {
                continue;
            }

            TextSpan span = ToTextSpan(fenced.Span, text);
            Heading? heading = headings.LastOrDefault(h => h.Span.End <= span.Start);
            DataBlockKind? kind = heading is null ? null : ClassifySection(heading.Text);
            if (kind is null || !claimedSections.Add(heading!))
            {
                continue;
            }

            blocks.Add(new DataBlock(kind.Value, span, FencedContentSpan(fenced, text, span), heading!.Text));
        }

        return blocks;
    }

    private static bool IsYamlInfo(string? info) =>
        string.Equals(info, "yaml", StringComparison.OrdinalIgnoreCase) || string.Equals(info, "yml", StringComparison.OrdinalIgnoreCase);

    private static DataBlockKind? ClassifySection(string headingText)
    {
        string trimmed = headingText.TrimEnd(' ', ':');
        if (trimmed.EndsWith("Metadata", StringComparison.OrdinalIgnoreCase))
        {
            return DataBlockKind.MetadataSection;
        }

        if (trimmed.EndsWith("Stats", StringComparison.OrdinalIgnoreCase))
        {
            return DataBlockKind.StatsSection;
        }

        return null;
    }

    private static TextSpan FencedContentSpan(FencedCodeBlock fenced, SourceText text, TextSpan span)
    {
        int firstLine = text.GetLineIndex(span.Start);
        int contentStart = firstLine + 1 < text.LineCount ? text.GetLineStart(firstLine + 1) : span.End;
        int contentEnd = span.End;
        if (fenced.ClosingFencedCharCount > 0)
        {
            int closingLine = text.GetLineIndex(Math.Max(span.Start, span.End - 1));
            contentEnd = closingLine > firstLine ? text.GetLineStart(closingLine) : contentStart;
        }

        return new TextSpan(Math.Min(contentStart, span.End), Math.Max(Math.Min(contentStart, span.End), contentEnd));
    }

    private static List<WikiLink> ReadLinks(MarkdownDocument document, SourceText text, List<DataBlock> dataBlocks)
    {
        var links = new List<WikiLink>();
        foreach (WikiLinkInline inline in document.Descendants<WikiLinkInline>())
        {
            links.Add(IsInTable(inline) ? inline.Link with { Context = LinkContext.Table } : inline.Link);
        }

        foreach (DataBlock block in dataBlocks)
        {
            links.AddRange(WikiLinkScanner.ScanLines(text.Content, block.ContentSpan, LinkContext.Data));
        }

        links.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return links;
    }

    private static bool IsInTable(Inline inline)
    {
        ContainerInline? container = inline.Parent;
        while (container?.Parent is not null)
        {
            container = container.Parent;
        }

        for (Block? block = container?.ParentBlock; block is not null; block = block.Parent)
        {
            if (block is TableCell or Table)
            {
                return true;
            }
        }

        return false;
    }

    private static List<BlockAnchor> ReadBlockAnchors(MarkdownDocument document, SourceText text)
    {
        var anchors = new List<BlockAnchor>();
        foreach (ParagraphBlock paragraph in document.Descendants<ParagraphBlock>())
        {
            TextSpan span = ToTextSpan(paragraph.Span, text);
            if (span.IsEmpty)
            {
                continue;
            }

            int lastLine = text.GetLineIndex(span.End - 1);
            TextSpan lineSpan = text.GetLineSpan(lastLine);
            Match match = BlockIdPattern().Match(text.Content, lineSpan.Start, lineSpan.Length);
            if (!match.Success)
            {
                continue;
            }

            Group id = match.Groups["id"];
            var idSpan = new TextSpan(id.Index - 1, id.Index + id.Length);
            TextSpan blockSpan = TargetBlockSpan(paragraph, text, span, idSpan);
            anchors.Add(new BlockAnchor(id.Value, idSpan, blockSpan));
        }

        return anchors;
    }

    private static TextSpan TargetBlockSpan(ParagraphBlock paragraph, SourceText text, TextSpan paragraphSpan, TextSpan idSpan)
    {
        // "^id" alone on its line names the block before it (a table, a quote, a list).
        bool alone = text.GetText(new TextSpan(paragraphSpan.Start, idSpan.Start)).Trim().Length == 0;
        if (alone && paragraph.Parent is { } parent)
        {
            int index = parent.IndexOf(paragraph);
            if (index > 0)
            {
                return ToTextSpan(parent[index - 1].Span, text);
            }
        }

        return paragraph.Parent is ListItemBlock item ? ToTextSpan(item.Span, text) : paragraphSpan;
    }

    [GeneratedRegex(@"(?:^|\s)\^(?<id>[A-Za-z0-9][A-Za-z0-9-]*)[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex BlockIdPattern();
}
