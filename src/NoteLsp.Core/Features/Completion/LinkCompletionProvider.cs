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
        var candidates = new List<TargetCandidate>();

        int seen = 0;
        foreach (Note candidate in vault.Notes)
        {
            if (++seen % CancellationCheckInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            NoteSearchKeys keys = NoteSearchKeys.For(candidate);
            int? score = byPath ? ScorePath(keys.PathWithoutExtension, query) : ScoreNote(keys, query);
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
        List<TargetCandidate> ranked = Rank(vault, note, candidates, options.MaxItems);
        var items = new List<CompletionItem>(ranked.Count);
        foreach (TargetCandidate candidate in ranked)
        {
            items.Add(CreateTargetItem(vault, candidate, context, byPath, items.Count));
        }

        return new CompletionList(items, candidates.Count > ranked.Count);
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

        return byName is null ? byTitle : byTitle is null ? byName : Math.Max(byName.Value, byTitle.Value);
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

    private static void AddAttachments(VaultSnapshot vault, string query, bool byPath, List<TargetCandidate> candidates)
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

    /// <summary>
    /// Returns the best <paramref name="maxItems"/> candidates, best first: by match score, then
    /// notes other than the current one (a note rarely links to itself by name), then notes in
    /// the current note's folder, then notes that more notes link to, then shorter names. A
    /// bounded heap keeps the selection cheap when every note matches, as after a bare <c>[[</c>.
    /// </summary>
    private static List<TargetCandidate> Rank(VaultSnapshot vault, Note note, List<TargetCandidate> candidates, int maxItems)
    {
        var worstFirst = Comparer<RankKey>.Create((a, b) => b.CompareTo(a));
        var best = new PriorityQueue<TargetCandidate, RankKey>(maxItems + 1, worstFirst);
        foreach (TargetCandidate candidate in candidates)
        {
            bool isSelf = ReferenceEquals(candidate.Note, note);
            bool sameFolder = string.Equals(candidate.Folder, note.Folder, StringComparison.Ordinal);
            RankKey worst = default;
            bool full = best.Count >= maxItems && best.TryPeek(out _, out worst);
            if (full && !CouldBeat(candidate.Score, isSelf, sameFolder, worst))
            {
                continue;
            }

            int popularity = vault.FindLinkers(candidate.Note?.Name ?? NotePaths.GetFileName(candidate.AttachmentPath!)).Count;
            var key = new RankKey(candidate.Score, isSelf, sameFolder, popularity, candidate.Label.Length, candidate.Path);
            if (!full)
            {
                best.Enqueue(candidate, key);
            }
            else if (key.CompareTo(worst) < 0)
            {
                best.EnqueueDequeue(candidate, key);
            }
        }

        var ranked = new List<(TargetCandidate Candidate, RankKey Key)>(best.Count);
        while (best.TryDequeue(out TargetCandidate candidate, out RankKey key))
        {
            ranked.Add((candidate, key));
        }

        ranked.Sort((a, b) => a.Key.CompareTo(b.Key));
        return ranked.ConvertAll(r => r.Candidate);
    }

    /// <summary>Whether a candidate with these leading keys can rank above <paramref name="worst"/>, whatever its popularity.</summary>
    private static bool CouldBeat(int score, bool isSelf, bool sameFolder, RankKey worst) =>
        score != worst.Score ? score > worst.Score
        : isSelf != worst.IsSelf ? !isSelf
        : sameFolder != worst.SameFolder ? sameFolder
        : true;

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
            return new CompletionItem(alias, CompletionItemKind.Alias, linkTarget + "|" + alias + closing, context.InsertSpan, replace)
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

    /// <summary>A note, an alias of a note, or an attachment that matched the query.</summary>
    private readonly record struct TargetCandidate(int Score, Note? Note, string? Alias, string? AttachmentPath)
    {
        public string Path => Note?.Path ?? AttachmentPath!;

        public string Folder => Note is not null ? NoteSearchKeys.For(Note).Folder : NotePaths.GetFolder(AttachmentPath!);

        public string Label => Alias ?? Note?.Name ?? NotePaths.GetFileName(AttachmentPath!);
    }

    /// <summary>The sort keys of a candidate; a smaller key ranks first.</summary>
    private readonly record struct RankKey(int Score, bool IsSelf, bool SameFolder, int Popularity, int LabelLength, string Path) : IComparable<RankKey>
    {
        public int CompareTo(RankKey other)
        {
            int order = other.Score.CompareTo(Score);
            if (order == 0)
            {
                order = IsSelf.CompareTo(other.IsSelf);
            }

            if (order == 0)
            {
                order = other.SameFolder.CompareTo(SameFolder);
            }

            if (order == 0)
            {
                order = other.Popularity.CompareTo(Popularity);
            }

            if (order == 0)
            {
                order = LabelLength.CompareTo(other.LabelLength);
            }

            return order != 0 ? order : string.CompareOrdinal(Path, other.Path);
        }
    }
}
