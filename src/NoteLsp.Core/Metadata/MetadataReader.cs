using System.Text.RegularExpressions;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NoteLsp.Core.Metadata;

/// <summary>
/// Finds a note's metadata (YAML front matter, or the first yaml block under a "Metadata"
/// heading) and reads it. Malformed YAML yields exactly one diagnostic at the error and a
/// <see cref="NoteMetadata"/> without a root, so no missing-field errors follow it.
/// </summary>
public static partial class MetadataReader
{
    public static NoteMetadata Read(Note note, List<NoteDiagnostic> diagnostics)
    {
        DataBlock? frontMatter = note.DataBlocks.FirstOrDefault(b => b.Kind == DataBlockKind.FrontMatter)
            ?? FindEmptyFrontMatter(note.Text);
        DataBlock? section = note.DataBlocks.FirstOrDefault(b => b.Kind == DataBlockKind.MetadataSection);

        if (frontMatter is null && FindUnclosedFrontMatter(note.Text) is { } unclosed)
        {
            diagnostics.Add(MetadataDiagnostics.Create(
                DiagnosticCodes.InvalidYaml,
                unclosed.Span,
                "The front matter is never closed, so it is read as Markdown: add a line with --- after the last field."));
            return new NoteMetadata(unclosed, null, IsMalformed: true);
        }

        DataBlock? block = frontMatter ?? section;
        if (block is null)
        {
            return NoteMetadata.None;
        }

        if (frontMatter is not null && section is not null)
        {
            diagnostics.Add(ReportBoth(note, frontMatter, section));
        }

        return Parse(note.Text, block, diagnostics);
    }

    /// <summary>Reads the YAML of <paramref name="block"/>; every diagnostic points into the note.</summary>
    public static NoteMetadata Parse(SourceText text, DataBlock block, List<NoteDiagnostic> diagnostics)
    {
        string yaml = text.GetText(block.ContentSpan);
        var stream = new YamlStream();
        var filter = new DuplicateKeyFilter(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(filter);
        }
        catch (YamlException e)
        {
            diagnostics.Add(YamlErrors.Create(text, block, yaml, e));
            return new NoteMetadata(block, null, IsMalformed: true);
        }
        catch (InvalidOperationException)
        {
            // NOTE: YamlDotNet 18.1.0 throws InvalidOperationException instead of a YamlException
            // when a flow list or mapping is left open before a later "key: value" line.
            diagnostics.Add(YamlErrors.CreateForParserFailure(text, block, yaml));
            return new NoteMetadata(block, null, IsMalformed: true);
        }

        var metadata = new NoteMetadata(block, null, IsMalformed: false);
        foreach (YamlDotNet.Core.Events.Scalar duplicate in filter.Duplicates)
        {
            int start = metadata.ToOffset(duplicate.Start, text);
            int end = Math.Max(start, metadata.ToOffset(duplicate.End, text));
            diagnostics.Add(MetadataDiagnostics.Create(
                DiagnosticCodes.DuplicateKey,
                new TextSpan(start, end),
                $"Duplicate key '{duplicate.Value}': the first '{duplicate.Value}' is used and this one is ignored. Merge the two or delete one.",
                duplicate.Value));
        }

        YamlNode? root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        switch (root)
        {
            case null or YamlScalarNode { Value: null or "" }:
                return metadata;
            case YamlMappingNode mapping:
                return metadata with { Root = mapping };
            default:
                diagnostics.Add(MetadataDiagnostics.Create(
                    DiagnosticCodes.InvalidYaml,
                    metadata.GetSpan(root, text),
                    "The metadata must be a YAML mapping of fields, such as 'created: 2025-12-26', one per line."));
                return metadata with { IsMalformed = true };
        }
    }

    /// <summary>
    /// Returns front matter that contains nothing (<c>---</c> directly followed by <c>---</c> or
    /// <c>...</c>), which Markdig reads as two thematic breaks; null otherwise.
    /// </summary>
    private static DataBlock? FindEmptyFrontMatter(SourceText text)
    {
        if (text.LineCount < 2 || text.GetLineText(0).TrimEnd() != "---" || text.GetLineText(1).TrimEnd() is not ("---" or "..."))
        {
            return null;
        }

        int contentStart = text.GetLineStart(1);
        return new DataBlock(DataBlockKind.FrontMatter, new TextSpan(0, text.GetLineEnd(1)), new TextSpan(contentStart, contentStart), null);
    }

    /// <summary>
    /// Returns the opening line as a block when the note starts with <c>---</c> followed by a
    /// <c>key: value</c> line but no closing line, which Markdig reads as a thematic break; null otherwise.
    /// </summary>
    private static DataBlock? FindUnclosedFrontMatter(SourceText text)
    {
        if (text.LineCount < 2 || text.GetLineText(0).TrimEnd() != "---" || !FieldLinePattern().IsMatch(text.GetLineText(1)))
        {
            return null;
        }

        TextSpan opening = text.GetLineSpan(0);
        int contentStart = text.GetLineStart(1);
        return new DataBlock(DataBlockKind.FrontMatter, opening, new TextSpan(contentStart, contentStart), null);
    }

    private static NoteDiagnostic ReportBoth(Note note, DataBlock frontMatter, DataBlock section)
    {
        int frontLine = note.Text.GetLineIndex(frontMatter.Span.Start) + 1;
        int sectionLine = note.Text.GetLineIndex(section.Span.Start) + 1;
        TextSpan firstLine = note.Text.GetLineSpan(note.Text.GetLineIndex(section.Span.Start));
        return MetadataDiagnostics.Create(
            DiagnosticCodes.DuplicateMetadata,
            firstLine,
            $"The note has metadata in two places: the YAML front matter (line {frontLine}) and the yaml block under '{section.HeadingText}' (line {sectionLine}). Only the front matter is checked: keep one of them.",
            related: [new RelatedLocation(note.Path, frontMatter.Span, "the front matter, which is checked")]);
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_-]*\s*:(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex FieldLinePattern();
}
