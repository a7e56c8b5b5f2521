using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using NoteLsp.Core.Notes;

namespace NoteLsp.Core.Parsing;

/// <summary>
/// A Markdig inline parser for <c>[[…]]</c> and <c>![[…]]</c>. It runs before the standard link
/// parser. Code spans, autolinks and escapes are consumed by their own parsers before it sees
/// their brackets, so links inside them are never produced.
/// </summary>
public sealed class WikiLinkInlineParser : InlineParser
{
    public WikiLinkInlineParser()
    {
        OpeningCharacters = ['[', '!'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        string text = slice.Text;
        int start = slice.Start;
        int lineEnd = FindLineEnd(text, start, slice.End + 1);

        // The slice is a copy of the block's lines, so its offsets are mapped back to the note
        // through Markdig's source position. A link never spans lines, so one mapping is enough.
        int sourceStart = processor.GetSourcePosition(start, out _, out _);
        int offsetBase = sourceStart - start;

        // Pipe tables are built from a paragraph's inlines after this parser ran, so the
        // context is set to Table later, once the table exists.
        WikiLink? link = WikiLinkScanner.TryScan(text, start, lineEnd, offsetBase, LinkContext.Body);
        if (link is null)
        {
            return false;
        }

        processor.Inline = new WikiLinkInline(link)
        {
            Span = new SourceSpan(link.Span.Start, link.Span.End - 1),
        };
        slice.Start = start + link.Span.Length;
        return true;
    }

    private static int FindLineEnd(string text, int start, int limit)
    {
        int end = text.IndexOfAny(['\r', '\n'], start, Math.Max(0, limit - start));
        return end < 0 ? limit : end;
    }
}
