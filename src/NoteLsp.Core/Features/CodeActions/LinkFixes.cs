using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Edits;
using NoteLsp.Core.Links;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Templates;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features.CodeActions;

/// <summary>Fixes for wiki link diagnostics: create the missing note, correct the name, choose a candidate, name the note behind an alias, add a heading.</summary>
internal static class LinkFixes
{
    public const string CreateNoteFix = "create-note";

    private const int MaxSuggestions = 3;

    /// <summary>Returns the link a link diagnostic was reported on, or null when the note no longer has one there.</summary>
    public static WikiLink? FindLink(Note note, NoteDiagnostic diagnostic) =>
        note.Links.FirstOrDefault(l => l.DiagnosticSpan == diagnostic.Span)
        ?? note.Links.FirstOrDefault(l => l.FragmentSpan == diagnostic.Span)
        ?? note.Links.FirstOrDefault(l => l.Span.Contains(diagnostic.Span));

    /// <summary>Returns the diagnostic's link and its resolution when the link still resolves as <paramref name="kind"/>, or null.</summary>
    private static (WikiLink Link, LinkResolution Resolution)? FindResolvedLink(CodeActionRequest request, NoteDiagnostic diagnostic, LinkResolutionKind kind)
    {
        WikiLink? link = FindLink(request.Note, diagnostic);
        if (link is null)
        {
            return null;
        }

        LinkResolution resolution = LinkResolver.Resolve(request.Vault, request.Note, link);
        return resolution.Kind == kind ? (link, resolution) : null;
    }

    public static void AddBrokenLinkFixes(CodeActionRequest request, TemplateCatalog templates, NoteDiagnostic diagnostic, List<CodeAction> actions)
    {
        WikiLink? link = FindLink(request.Note, diagnostic);
        if (link is null)
        {
            return;
        }

        CodeAction? create = CreateNote(request, templates, diagnostic, link);
        if (create is not null)
        {
            actions.Add(create);
        }

        string expected = LinkTarget.GetLastSegmentName(LinkTarget.Normalize(link.Target));
        IEnumerable<string> names = request.Vault.Notes.Select(n => n.Name).Distinct(StringComparer.Ordinal);
        IEnumerable<string> paths = NameMatcher.FindClosest(expected, names, MaxSuggestions)
            .SelectMany(name => request.Vault.FindNotesByName(name).Order(StringComparer.Ordinal))
            .Take(MaxSuggestions);
        foreach (string path in paths)
        {
            string text = LinkPaths.ShortestUnambiguous(request.Vault, path);
            actions.Add(ReplaceTarget(request.Note, link, text, $"Change to '{text}'", diagnostic, isPreferred: false));
        }
    }

    /// <summary>
    /// Returns "Create note" for a broken link whose target can be a new note inside the vault, or
    /// null for attachments, paths outside the vault and invalid names.
    /// </summary>
    public static CodeAction? CreateNote(CodeActionRequest request, TemplateCatalog templates, NoteDiagnostic diagnostic, WikiLink link)
    {
        if (link.Target.Trim().Length == 0)
        {
            return null;
        }

        NewNoteResult result = NewNoteService.Plan(request.Vault, templates, new NewNoteRequest(link.Target, null, request.Note, link, request.Today));
        if (result.Plan is null)
        {
            return null;
        }

        string title = $"Create note '{NotePaths.WithoutMarkdownExtension(result.Plan.Path)}'";
        if (!request.DeferEdits)
        {
            return new CodeAction(title, CodeActionKinds.QuickFix, [diagnostic], IsPreferred: true, result.Plan.Edit);
        }

        var data = new Dictionary<string, string>
        {
            [CodeActionService.FixKey] = CreateNoteFix,
            [CodeActionService.NoteKey] = request.Note.Path,
            [CodeActionService.StartKey] = link.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [CodeActionService.TargetKey] = link.Target,
        };
        return new CodeAction(title, CodeActionKinds.QuickFix, [diagnostic], IsPreferred: true, null, data);
    }

    /// <summary>Computes the edit of a deferred "Create note" action against the current vault. Null when the link or the chance to create is gone.</summary>
    public static VaultEdit? ResolveCreateNote(VaultSnapshot vault, TemplateCatalog templates, Note note, int linkStart, string target, DateOnly today)
    {
        WikiLink? link = note.Links.FirstOrDefault(l => l.Span.Start == linkStart && l.Target == target);
        if (link is null || LinkResolver.Resolve(vault, note, link).Kind != LinkResolutionKind.Unresolved)
        {
            return null;
        }

        return NewNoteService.Plan(vault, templates, new NewNoteRequest(link.Target, null, note, link, today)).Plan?.Edit;
    }

    public static void AddAmbiguousLinkFixes(CodeActionRequest request, NoteDiagnostic diagnostic, List<CodeAction> actions)
    {
        if (FindResolvedLink(request, diagnostic, LinkResolutionKind.Ambiguous) is not { } found)
        {
            return;
        }

        var (link, resolution) = found;

        foreach (string candidate in resolution.Candidates)
        {
            string text = LinkPaths.ShortestUnambiguous(request.Vault, candidate);
            bool chosen = candidate == resolution.TargetPath;
            actions.Add(ReplaceTarget(request.Note, link, text, $"Link to '{text}'", diagnostic, chosen));
        }
    }

    public static void AddAliasFixes(CodeActionRequest request, NoteDiagnostic diagnostic, List<CodeAction> actions)
    {
        if (FindResolvedLink(request, diagnostic, LinkResolutionKind.AliasOnly) is not { } found)
        {
            return;
        }

        var (link, resolution) = found;

        string alias = link.Target.Trim();
        string separator = link.Context == LinkContext.Table ? "\\|" : "|";
        foreach (string holder in resolution.Candidates)
        {
            string text = LinkPaths.ShortestUnambiguous(request.Vault, holder);
            var edits = new List<NoteTextEdit> { new(link.TargetSpan, text) };
            if (link.Alias is null)
            {
                // The alias goes just before the closing "]]".
                edits.Add(new NoteTextEdit(TextSpan.FromLength(link.Span.End - 2, 0), separator + alias));
            }

            string shown = link.Alias?.Trim() ?? alias;
            var edit = new VaultEdit([new NoteTextEdits(request.Note.Path, edits)]);
            actions.Add(new CodeAction($"Write [[{text}|{shown}]]", CodeActionKinds.QuickFix, [diagnostic], resolution.Candidates.Count == 1, edit));
        }
    }

    public static void AddHeadingFixes(CodeActionRequest request, NoteDiagnostic diagnostic, List<CodeAction> actions)
    {
        WikiLink? link = FindLink(request.Note, diagnostic);
        if (link is null || link.IsBlockReference || link.FragmentSpan is not { } fragmentSpan)
        {
            return;
        }

        LinkResolution resolution = LinkResolver.Resolve(request.Vault, request.Note, link);
        Note? target = resolution.TargetPath is null ? null : request.Vault.FindNote(resolution.TargetPath);
        if (target is null || resolution.Fragment != FragmentStatus.HeadingMissing)
        {
            return;
        }

        string heading = LinkTarget.NormalizeHeading(link.Fragment!);
        if (heading.Length > 0 && !heading.Contains('\n', StringComparison.Ordinal))
        {
            actions.Add(AddHeading(target, heading, diagnostic));
        }

        IEnumerable<string> headings = target.Headings.Select(h => h.Text).Distinct(StringComparer.Ordinal);
        foreach (string suggestion in NameMatcher.FindClosest(heading, headings, MaxSuggestions))
        {
            var edit = new VaultEdit([new NoteTextEdits(request.Note.Path, [new NoteTextEdit(fragmentSpan, suggestion)])]);
            actions.Add(new CodeAction($"Change to '#{suggestion}'", CodeActionKinds.QuickFix, [diagnostic], false, edit));
        }
    }

    private static CodeAction AddHeading(Note target, string heading, NoteDiagnostic diagnostic)
    {
        string content = target.Text.Content;
        string newline = content.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        string prefix = content.Length == 0 ? string.Empty
            : content.EndsWith(newline + newline, StringComparison.Ordinal) ? string.Empty
            : content.EndsWith('\n') ? newline
            : newline + newline;
        var insert = new NoteTextEdit(TextSpan.FromLength(content.Length, 0), $"{prefix}## {heading}{newline}");
        var edit = new VaultEdit([new NoteTextEdits(target.Path, [insert])]);
        return new CodeAction($"Add heading '{heading}' to '{target.Name}'", CodeActionKinds.QuickFix, [diagnostic], true, edit);
    }

    private static CodeAction ReplaceTarget(Note note, WikiLink link, string text, string title, NoteDiagnostic diagnostic, bool isPreferred)
    {
        var edit = new VaultEdit([new NoteTextEdits(note.Path, [new NoteTextEdit(link.TargetSpan, text)])]);
        return new CodeAction(title, CodeActionKinds.QuickFix, [diagnostic], isPreferred, edit);
    }
}
