using System.Globalization;
using System.Text.RegularExpressions;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features.Completion;

/// <summary>
/// Proposes keys and values inside a note's front matter or Metadata block: vault tags, schema
/// keys with their documentation, difficulty and duration values, today's date, and values other
/// notes use for the same key.
/// </summary>
internal static partial class MetadataCompletionProvider
{
    /// <summary>Returns the items for <paramref name="offset"/>, or null when it is not inside a metadata block.</summary>
    public static CompletionList? Complete(VaultSnapshot vault, Note note, int offset, CompletionOptions options, CancellationToken cancellationToken)
    {
        DataBlock? block = FindBlock(note, offset);
        if (block is null)
        {
            return null;
        }

        SourceText text = note.Text;
        int line = text.GetLineIndex(offset);
        int lineStart = text.GetLineStart(line);
        int lineEnd = text.GetLineEnd(line);
        string prefix = text.Content[lineStart..offset];

        Match keyValue = KeyValuePattern().Match(prefix);
        if (keyValue.Success)
        {
            Group value = keyValue.Groups["value"];
            var valueLine = new ValueLine(text, lineStart + value.Index, offset, lineEnd);
            return CompleteValue(vault, note, keyValue.Groups["key"].Value, valueLine, options, cancellationToken);
        }

        Match listItem = ListItemPattern().Match(prefix);
        if (listItem.Success)
        {
            string? key = FindOwningKey(text, block, line);
            Group value = listItem.Groups["value"];
            var valueLine = new ValueLine(text, lineStart + value.Index, offset, lineEnd);
            return key is null ? CompletionList.Empty : CompleteValue(vault, note, key, valueLine, options, cancellationToken);
        }

        if (prefix.Length > 0 && char.IsWhiteSpace(prefix[0]))
        {
            return CompletionList.Empty;
        }

        return CompleteKeys(MetadataKeyCatalog.ForNote(vault, note), text, block, lineStart, offset, lineEnd);
    }

    private static DataBlock? FindBlock(Note note, int offset)
    {
        foreach (DataBlock block in note.DataBlocks)
        {
            if (block.Kind is not (DataBlockKind.FrontMatter or DataBlockKind.MetadataSection))
            {
                continue;
            }

            // The content ends where the closing fence line starts; an unclosed block runs to its end.
            bool unclosed = block.ContentSpan.End == block.Span.End;
            if (offset >= block.ContentSpan.Start && (offset < block.ContentSpan.End || (unclosed && offset == block.ContentSpan.End)))
            {
                return block;
            }
        }

        return null;
    }

    private static CompletionList CompleteKeys(IReadOnlyList<MetadataKey> keys, SourceText text, DataBlock block, int lineStart, int offset, int lineEnd)
    {
        string content = text.Content;
        int colon = content.IndexOf(':', offset, lineEnd - offset);
        int end = colon >= 0 ? colon : lineEnd;
        while (end > offset && char.IsWhiteSpace(content[end - 1]))
        {
            end--;
        }

        HashSet<string> present = ReadPresentKeys(text, block, text.GetLineIndex(lineStart));
        string query = FuzzyMatcher.Fold(content[lineStart..offset].Trim());
        var insert = new TextSpan(lineStart, offset);
        var replace = new TextSpan(lineStart, end);

        var items = new List<CompletionItem>();
        foreach (MetadataKey key in keys)
        {
            if (present.Contains(key.Name) || FuzzyMatcher.Score(key.Name, query) is null)
            {
                continue;
            }

            string newText = colon >= 0 ? key.Name : key.Name + ": ";
            items.Add(new CompletionItem(key.Name, CompletionItemKind.MetadataKey, newText, insert, replace)
            {
                Documentation = key.Documentation,
                SortText = items.Count.ToString("D4", CultureInfo.InvariantCulture),
            });
        }

        return new CompletionList(items, false);
    }

    /// <summary>Returns the top-level keys set in <paramref name="block"/>, except on <paramref name="skipLine"/>.</summary>
    private static HashSet<string> ReadPresentKeys(SourceText text, DataBlock block, int skipLine)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        int first = text.GetLineIndex(block.ContentSpan.Start);
        int last = text.GetLineIndex(block.ContentSpan.End);
        for (int line = first; line <= last && line < text.LineCount; line++)
        {
            Match match = KeyValuePattern().Match(text.GetLineText(line));
            if (line != skipLine && match.Success)
            {
                keys.Add(match.Groups["key"].Value);
            }
        }

        return keys;
    }

    /// <summary>Returns the key of the nearest line above <paramref name="line"/> that starts a top-level key, or null.</summary>
    private static string? FindOwningKey(SourceText text, DataBlock block, int line)
    {
        int first = text.GetLineIndex(block.ContentSpan.Start);
        for (int previous = line - 1; previous >= first; previous--)
        {
            Match match = KeyValuePattern().Match(text.GetLineText(previous));
            if (match.Success)
            {
                return match.Groups["key"].Value;
            }
        }

        return null;
    }

    private static CompletionList CompleteValue(VaultSnapshot vault, Note note, string keyName, ValueLine value, CompletionOptions options, CancellationToken cancellationToken)
    {
        MetadataKey? key = MetadataKeyCatalog.ForNote(vault, note).FirstOrDefault(k => string.Equals(k.Name, keyName, StringComparison.Ordinal));
        switch (key?.Kind)
        {
            case MetadataValueKind.Tags:
                return CompleteTags(vault, note, value, options, cancellationToken);

            case MetadataValueKind.Date:
                string today = options.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return Fixed(CompletionItemKind.Date, [today], value, "today");

            case MetadataValueKind.Difficulty:
                return Fixed(CompletionItemKind.MetadataValue, MetadataKeyCatalog.DifficultyValues().ToArray(), value, null);

            case MetadataValueKind.Duration:
                return Fixed(CompletionItemKind.MetadataValue, MetadataKeyCatalog.Durations, value, null);

            case MetadataValueKind.List:
                // Aliases and titles name one note each, so other notes' values would be wrong here.
                return CompletionList.Empty;
        }

        if (key?.Values.Count > 0)
        {
            return Fixed(CompletionItemKind.MetadataValue, key.Values, value, null);
        }

        if (string.Equals(keyName, "title", StringComparison.OrdinalIgnoreCase))
        {
            return CompletionList.Empty;
        }

        // Keys without fixed values, such as status, propose what other notes of the vault use.
        IReadOnlyList<string> used = CountVaultValues(vault, note, keyName, cancellationToken);
        return Fixed(CompletionItemKind.MetadataValue, used, value, null);
    }

    /// <summary>Proposes values that replace the whole scalar value after the key.</summary>
    private static CompletionList Fixed(CompletionItemKind kind, IReadOnlyList<string> values, ValueLine value, string? detail)
    {
        TextSpan replace = value.WholeValue;
        string query = FuzzyMatcher.Fold(value.Text.Content[replace.Start..value.Cursor].Trim());
        var items = new List<CompletionItem>();
        foreach (string candidate in values)
        {
            // Every value is shown when the typed text is already a whole value, so the list offers the alternatives.
            if (FuzzyMatcher.Score(FuzzyMatcher.Fold(candidate), query) is null && !values.Any(v => FuzzyMatcher.Fold(v) == query))
            {
                continue;
            }

            items.Add(new CompletionItem(candidate, kind, candidate, new TextSpan(replace.Start, value.Cursor), replace)
            {
                Detail = detail,
                FilterText = FuzzyMatcher.Fold(candidate) == candidate ? null : candidate + " " + FuzzyMatcher.Fold(candidate),
                SortText = items.Count.ToString("D4", CultureInfo.InvariantCulture),
            });
        }

        return new CompletionList(items, false);
    }

    private static CompletionList CompleteTags(VaultSnapshot vault, Note note, ValueLine value, CompletionOptions options, CancellationToken cancellationToken)
    {
        TextSpan token = value.ListToken;
        string typed = value.Text.Content[token.Start..value.Cursor];
        string query = FuzzyMatcher.Fold(typed);
        // The note's own tags (a block list spans several lines) and the items of this line are already listed.
        HashSet<string> inList = value.ListTokens().Concat(NoteTags.For(note)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        inList.Remove(value.Text.Content[token.Start..token.End]);

        var counts = CountVaultTags(vault, note, cancellationToken);
        var ranked = counts
            .Where(pair => !inList.Contains(pair.Key))
            .Select(pair => (Tag: pair.Key, Count: pair.Value, Score: FuzzyMatcher.Score(FuzzyMatcher.Fold(pair.Key), query)))
            .Where(t => t.Score is not null)
            .OrderByDescending(t => t.Score)
            .ThenByDescending(t => t.Count)
            .ThenBy(t => t.Tag, StringComparer.Ordinal)
            .ToList();

        var items = new List<CompletionItem>();
        foreach (var (tag, count, _) in ranked.Take(options.MaxItems))
        {
            items.Add(new CompletionItem(tag, CompletionItemKind.Tag, tag, new TextSpan(token.Start, value.Cursor), token)
            {
                Detail = count == 1 ? "1 note" : $"{count} notes",
                SortText = items.Count.ToString("D4", CultureInfo.InvariantCulture),
            });
        }

        return new CompletionList(items, ranked.Count > items.Count);
    }

    /// <summary>Counts the notes that list each tag, over every note except <paramref name="current"/>, whose list is being edited.</summary>
    private static Dictionary<string, int> CountVaultTags(VaultSnapshot vault, Note current, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int seen = 0;
        foreach (Note note in vault.Notes)
        {
            if (++seen % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (string.Equals(note.Path, current.Path, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (string tag in NoteTags.For(note))
            {
                counts[tag] = counts.GetValueOrDefault(tag) + 1;
            }
        }

        return counts;
    }

    private static string[] CountVaultValues(VaultSnapshot vault, Note current, string key, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int seen = 0;
        foreach (Note note in vault.Notes)
        {
            if (++seen % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!string.Equals(note.Path, current.Path, StringComparison.Ordinal))
            {
                foreach (string value in NoteMetadataValues.For(note).Get(key))
                {
                    counts[value] = counts.GetValueOrDefault(value) + 1;
                }
            }
        }

        return counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
    }

    /// <summary>A top-level <c>key: value</c> line; the value group runs to the end of the text matched.</summary>
    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_ -]*?)[ \t]*:(?:[ \t]+|$)(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValuePattern();

    [GeneratedRegex(@"^[ \t]*-[ \t]+(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListItemPattern();
}
