using System.Globalization;
using NoteLsp.Core.Links;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features.Completion;

/// <summary>Proposes note names, aliases, attachments, headings and block ids inside a wiki link.</summary>
internal static class LinkCompletionProvider
{
    private const int CancellationCheckInterval = 512;

    public static CompletionList Complete(VaultSnapshot vault, Note note, LinkCompletionContext context, CompletionOptions options, CancellationToken cancellationToken)
    {
        return context.Part switch
        {
            LinkPart.Target => CompleteTargets(vault, note, context, options, cancellationToken),
            LinkPart.Heading => CompleteHeadings(FindTargetNote(vault, note, context), context, options),
            LinkPart.Block => CompleteBlocks(FindTargetNote(vault, note, context), context, options),
            LinkPart.Alias => CompleteAliases(FindTargetNote(vault, note, context), context),
            _ => CompletionList.Empty,
        };
    }

    private static CompletionList CompleteTargets(VaultSnapshot vault, Note note, LinkCompletionContext context, CompletionOptions options, CancellationToken cancellationToken)
    {
        string query = FuzzyMatcher.Fold(context.Query.TrimStart());
        bool byPath = query.Contains('/', StringComparison.Ordinal);
        bool offerAliases = query.Length > 0 && !byPath && !context.HasFragment;
        var candidates = new TopCandidates(vault, note, options.MaxItems);

        int seen = 0;
        foreach (Note candidate in vault.Notes)
        {
            if (++seen % CancellationCheckInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            NoteSearchKeys keys = NoteSearchKeys.For(candidate);
            int? score = 0;
            if (query.Length > 0)
            {
                score = byPath ? ScorePath(keys.PathWithoutExtension, query) : ScoreNote(keys, query);
            }
            if (score is not null)
            {
                candidates.Add(new TargetCandidate(score.Value, candidate, null, null));
            }

            if (!offerAliases)
            {
                continue;
            }

            for (int i = 0; i < keys.Aliases.Count; i++)
            {
                int? aliasScore = FuzzyMatcher.Score(keys.Aliases[i], query);
                if (aliasScore is not null)
                {
                    candidates.Add(new TargetCandidate(aliasScore.Value, candidate, candidate.Aliases[i], null));
                }
            }
        }

        if (context.IsEmbed)
        {
            AddAttachments(vault, query, byPath, candidates);
        }

        cancellationToken.ThrowIfCancellationRequested();
        List<TargetCandidate> ranked = candidates.ToRankedList();
        var items = new List<CompletionItem>(ranked.Count);
        foreach (TargetCandidate candidate in ranked)
        {
            items.Add(CreateTargetItem(vault, candidate, context, byPath, items.Count));
        }

        return new CompletionList(items, candidates.Matched > ranked.Count);
    }

    private static int? ScoreNote(NoteSearchKeys keys, string query)
    {
        int? byName = FuzzyMatcher.Score(keys.Name, query);
        int? byTitle = keys.Title is null ? null : FuzzyMatcher.Score(keys.Title, query);

        // A title match counts a little less than the same match on the name that links use.
        if (byTitle is not null)
        {
            byTitle -= 50;
        }

        if (byName is null || byTitle is null)
        {
            return byName ?? byTitle;
        }

        return Math.Max(byName.Value, byTitle.Value);
    }

    /// <summary>Scores a path-qualified query such as <c>docker/ima</c> against the whole path and against its trailing segments.</summary>
    private static int? ScorePath(string path, string query)
    {
        int? best = FuzzyMatcher.Score(path, query);
        for (int slash = path.IndexOf('/', StringComparison.Ordinal); slash >= 0; slash = path.IndexOf('/', slash + 1))
        {
            int? suffix = FuzzyMatcher.Score(path.AsSpan(slash + 1), query);
            if (suffix > (best ?? int.MinValue))
            {
                best = suffix;
            }
        }

        return best;
    }

    private static void AddAttachments(VaultSnapshot vault, string query, bool byPath, TopCandidates candidates)
    {
        foreach (string path in vault.AttachmentPaths)
        {
            string folded = FuzzyMatcher.Fold(byPath ? path : NotePaths.GetFileName(path));
            int? score = byPath ? ScorePath(folded, query) : FuzzyMatcher.Score(folded, query);
            if (score is not null)
            {
                candidates.Add(new TargetCandidate(score.Value, null, null, path));
            }
        }
    }

    private static CompletionItem CreateTargetItem(VaultSnapshot vault, TargetCandidate candidate, LinkCompletionContext context, bool byPath, int rank)
    {
        string folder = NotePaths.GetFolder(candidate.Path);
        string? description = folder.Length == 0 ? null : folder + "/";
        string sortText = rank.ToString("D4", CultureInfo.InvariantCulture);

        if (candidate.AttachmentPath is { } attachment)
        {
            string fileName = NotePaths.GetFileName(attachment);
            string target = byPath || vault.FindAttachmentsByName(fileName).Length > 1 ? attachment : fileName;
            return new CompletionItem(fileName, CompletionItemKind.Attachment, target + context.ClosingFor(LinkPart.Target), context.InsertSpan, context.PartSpan)
            {
                Description = description,
                FilterText = FilterText(fileName, byPath ? attachment : null),
                SortText = sortText,
            };
        }

        Note note = candidate.Note!;
        string linkTarget = byPath || vault.FindNotesByName(note.Name).Length > 1
            ? NotePaths.WithoutMarkdownExtension(note.Path)
            : note.Name;

        if (candidate.Alias is { } alias)
        {
            // An alias item writes the whole "target|alias" and so replaces an alias already there.
            string closing = context.IsClosed ? string.Empty : "]]";
            var replace = new TextSpan(context.PartSpan.Start, context.HasAlias ? context.AliasEnd : context.PartSpan.End);
            return new CompletionItem(alias, CompletionItemKind.Alias, linkTarget + context.AliasSeparator + alias + closing, context.InsertSpan, replace)
            {
                Detail = $"alias of {note.Name}",
                Description = description,
                FilterText = FilterText(alias, null),
                SortText = sortText,
            };
        }

        return new CompletionItem(note.Name, CompletionItemKind.Note, linkTarget + context.ClosingFor(LinkPart.Target), context.InsertSpan, context.PartSpan)
        {
            Detail = note.Title,
            Description = description,
            FilterText = FilterText(note.Name, byPath ? linkTarget : note.Title),
            SortText = sortText,
        };
    }

    /// <summary>
    /// Returns the text an editor filters on: the label, its folded form when that differs (so
    /// "cafe" keeps "Café" in the list) and one more matched text such as the title or path.
    /// </summary>
    private static string FilterText(string label, string? other)
    {
        var parts = new List<string> { label };
        string folded = FuzzyMatcher.Fold(label);
        if (!string.Equals(folded, label, StringComparison.Ordinal))
        {
            parts.Add(folded);
        }

        if (!string.IsNullOrEmpty(other))
        {
            parts.Add(other);
        }

        return string.Join(' ', parts);
    }

    private static Note? FindTargetNote(VaultSnapshot vault, Note note, LinkCompletionContext context)
    {
        if (context.Target.Trim().Length == 0)
        {
            return note;
        }

        var link = new WikiLink(context.PartSpan, context.IsEmbed, context.Target, context.PartSpan, null, null, null, null, LinkContext.Body);
        LinkResolution resolution = LinkResolver.Resolve(vault, note, link);
        return resolution.TargetPath is null || resolution.IsAttachment ? null : vault.FindNote(resolution.TargetPath);
    }

    private static CompletionList CompleteHeadings(Note? target, LinkCompletionContext context, CompletionOptions options)
    {
        if (target is null)
        {
            return CompletionList.Empty;
        }

        // A heading chain "#A#B" names B, so only the text after the last '#' is the query.
        string typed = context.Query;
        int lastHash = typed.LastIndexOf('#');
        int start = context.PartSpan.Start + lastHash + 1;
        string query = FuzzyMatcher.Fold(typed[(lastHash + 1)..].Trim());
        var insert = new TextSpan(start, context.Cursor);
        var replace = new TextSpan(start, context.PartSpan.End);

        var matches = new List<(int Score, int Index, Heading Heading)>();
        for (int i = 0; i < target.Headings.Count; i++)
        {
            Heading heading = target.Headings[i];
            int? score = FuzzyMatcher.Score(FuzzyMatcher.Fold(heading.Text), query);
            if (score is not null && ToLinkText(heading.Text).Length > 0)
            {
                matches.Add((score.Value, i, heading));
            }
        }

        List<(int Score, int Index, Heading Heading)> ranked = matches
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Index)
            .Take(options.MaxItems)
            .ToList();

        var items = new List<CompletionItem>(ranked.Count);
        foreach (var (_, _, heading) in ranked)
        {
            string text = ToLinkText(heading.Text);
            items.Add(new CompletionItem(heading.Text, CompletionItemKind.Heading, text + context.ClosingFor(LinkPart.Heading), insert, replace)
            {
                Detail = new string('#', heading.Level),
                FilterText = FilterText(heading.Text, null),
                SortText = items.Count.ToString("D4", CultureInfo.InvariantCulture),
            });
        }

        return new CompletionList(items, matches.Count > ranked.Count);
    }

    /// <summary>
    /// Returns heading text without the characters that end a link part (<c>#</c>, <c>|</c>,
    /// <c>^</c>, brackets). The link still resolves, because the heading's slug ignores them.
    /// </summary>
    internal static string ToLinkText(string headingText)
    {
        var builder = new System.Text.StringBuilder(headingText.Length);
        foreach (char c in headingText)
        {
            if (c is not ('#' or '|' or '^' or '[' or ']'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    private static CompletionList CompleteBlocks(Note? target, LinkCompletionContext context, CompletionOptions options)
    {
        if (target is null)
        {
            return CompletionList.Empty;
        }

        string query = FuzzyMatcher.Fold(context.Query);
        var items = new List<CompletionItem>();
        int matched = 0;
        foreach (BlockAnchor block in target.Blocks)
        {
            if (FuzzyMatcher.Score(FuzzyMatcher.Fold(block.Id), query) is null)
            {
                continue;
            }

            matched++;
            if (items.Count >= options.MaxItems)
            {
                continue;
            }

            items.Add(new CompletionItem(block.Id, CompletionItemKind.Block, block.Id + context.ClosingFor(LinkPart.Block), context.InsertSpan, context.PartSpan)
            {
                Detail = Excerpt(target.Text, block),
                SortText = items.Count.ToString("D4", CultureInfo.InvariantCulture),
            });
        }

        return new CompletionList(items, matched > items.Count);
    }

    private static string Excerpt(SourceText text, BlockAnchor block)
    {
        const int MaxLength = 60;
        int line = text.GetLineIndex(block.BlockSpan.Start);
        string first = text.GetLineText(line).Replace("^" + block.Id, string.Empty, StringComparison.Ordinal).Trim();
        return first.Length <= MaxLength ? first : first[..MaxLength] + "…";
    }

    private static CompletionList CompleteAliases(Note? target, LinkCompletionContext context)
    {
        if (target is null)
        {
            return CompletionList.Empty;
        }

        var names = new List<string>(target.Aliases);
        if (target.Title is { } title && !names.Contains(title, StringComparer.Ordinal))
        {
            names.Add(title);
        }

        var replace = new TextSpan(context.PartSpan.Start, context.AliasEnd);
        var items = new List<CompletionItem>(names.Count);
        foreach (string name in names)
        {
            string detail = target.Aliases.Contains(name) ? "alias" : "title";
            items.Add(new CompletionItem(name, CompletionItemKind.Alias, name + context.ClosingFor(LinkPart.Alias), context.InsertSpan, replace)
            {
                Detail = detail,
                FilterText = FilterText(name, null),
                SortText = items.Count.ToString("D4", CultureInfo.InvariantCulture),
            });
        }

        return new CompletionList(items, false);
    }
}
