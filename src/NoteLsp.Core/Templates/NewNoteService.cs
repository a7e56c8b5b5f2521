using NoteLsp.Core.Edits;
using NoteLsp.Core.Links;
using NoteLsp.Core.Metadata;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Parsing;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Templates;

/// <summary>What a new note is made from.</summary>
/// <param name="Target">The name to create: a link target (without <c>#heading</c> and <c>|alias</c>) or a name such as <c>docker/images-layers</c>.</param>
/// <param name="TemplateName">The template to use. Null lets the catalog's rules choose.</param>
/// <param name="Source">The note whose link names the new note, or null.</param>
/// <param name="Link">The link in <see cref="Source"/>, or null.</param>
/// <param name="Today">The creation date.</param>
public sealed record NewNoteRequest(string Target, string? TemplateName, Note? Source, WikiLink? Link, DateOnly Today);

/// <summary>A new note ready to be created.</summary>
/// <param name="Path">The vault-relative path of the new note.</param>
/// <param name="Text">The rendered template.</param>
/// <param name="Edit">The creation, followed by the change to the source link when the template renamed the note.</param>
public sealed record NewNotePlan(string Path, string Text, NoteTemplate Template, VaultEdit Edit);

/// <summary>The outcome of <see cref="NewNoteService.Plan"/>: a plan, or the reason no note can be created.</summary>
public sealed record NewNoteResult(NewNotePlan? Plan, string? Error)
{
    public static NewNoteResult Failed(string error) => new(null, error);
}

/// <summary>Plans the creation of a note from a template: where it goes, what it contains and which link it resolves.</summary>
public static class NewNoteService
{
    /// <summary>
    /// Returns the plan for <paramref name="request"/>, or an error when the name is not a valid
    /// new note inside the vault, the template is unknown, or a note with that path exists
    /// (compared without regard to case or Unicode normalization).
    /// </summary>
    public static NewNoteResult Plan(VaultSnapshot vault, TemplateCatalog catalog, NewNoteRequest request)
    {
        ArgumentNullException.ThrowIfNull(vault);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(request);

        TemplateSettings settings = catalog.Settings;
        string sourceFolder = request.Source?.Folder ?? string.Empty;
        string? path = NewNotePaths.TryGetPath(request.Target, sourceFolder, settings, vault.Config, out string? pathError);
        if (path is null)
        {
            return NewNoteResult.Failed(pathError!);
        }

        string? sourceKind = request.Source is null ? null : MetadataReader.Read(request.Source, []).FindKind();
        (NoteTemplate? chosen, TemplateRule? rule) = catalog.Choose(path, sourceKind);
        NoteTemplate? template = request.TemplateName is null ? chosen : catalog.Find(request.TemplateName);
        if (template is null)
        {
            string name = request.TemplateName ?? rule?.Template ?? settings.DefaultTemplate;
            return NewNoteResult.Failed($"Unknown template '{name}': use one of {string.Join(", ", catalog.Names)}, or add {settings.Folder}/{name}.md.");
        }

        TemplateVariables variables = CreateVariables(vault, settings, path, request);
        if (rule?.FileName is { } fileNamePattern && (request.TemplateName is null || string.Equals(request.TemplateName, rule.Template, StringComparison.OrdinalIgnoreCase)))
        {
            string? renamed = Rename(path, fileNamePattern, variables, out string? renameError);
            if (renamed is null)
            {
                return NewNoteResult.Failed(renameError!);
            }

            // The title still comes from the linked name. Only the file name follows the rule.
            path = renamed;
            variables = variables with { Name = NotePaths.GetStem(path), Path = path };
        }

        if (vault.FindNoteByPathKey(path) is { } existing)
        {
            return NewNoteResult.Failed($"A note already exists at '{existing.Path}'.");
        }

        string text = TemplateRenderer.Render(template.Text, variables);
        var operations = new List<VaultEditOperation> { new CreateFile(path, text) };
        NoteTextEdits? linkUpdate = UpdateLink(request, path);
        if (linkUpdate is not null)
        {
            operations.Add(linkUpdate);
        }

        return new NewNoteResult(new NewNotePlan(path, text, template, new VaultEdit(operations)), null);
    }

    /// <summary>
    /// Returns how links name the notes that would link to a new note at <paramref name="path"/>:
    /// the request's source note, or else every note with a link that is broken now and would
    /// resolve to the new note, in path order.
    /// </summary>
    public static IReadOnlyList<string> FindSources(VaultSnapshot vault, string path, Note? source)
    {
        ArgumentNullException.ThrowIfNull(vault);
        if (source is not null)
        {
            return [LinkTextFor(vault, source)];
        }

        VaultSnapshot withNote = vault.WithNote(NoteParser.Parse(path, SourceText.From(string.Empty)));
        var sources = new List<string>();
        foreach (string linkerPath in vault.FindLinkers(NotePaths.GetStem(path)).Order(StringComparer.Ordinal))
        {
            Note? linker = vault.FindNote(linkerPath);
            if (linker is not null && linker.Links.Any(link => WouldResolveTo(vault, withNote, linker, link, path)))
            {
                sources.Add(LinkTextFor(vault, linker));
            }
        }

        return sources;
    }

    private static bool WouldResolveTo(VaultSnapshot before, VaultSnapshot after, Note linker, WikiLink link, string path) =>
        LinkResolver.Resolve(before, linker, link).Kind == LinkResolutionKind.Unresolved
        && LinkResolver.Resolve(after, linker, link).TargetPath == path;

    /// <summary>Returns how a link names <paramref name="note"/>: its name, or its path without <c>.md</c> when other notes share the name.</summary>
    public static string LinkTextFor(VaultSnapshot vault, Note note) =>
        vault.FindNotesByName(note.Name).Length > 1 ? NotePaths.WithoutMarkdownExtension(note.Path) : note.Name;

    private static TemplateVariables CreateVariables(VaultSnapshot vault, TemplateSettings settings, string path, NewNoteRequest request)
    {
        string name = NotePaths.GetStem(path);
        string? domain = NoteTitles.FindDomain(name, settings.Domains);
        string title = NoteTitles.FromName(name, settings.Domains);
        string topic = domain is null ? title : NoteTitles.ToWords(name[(domain.Length + 1)..]);
        return new TemplateVariables(
            name,
            path,
            title,
            topic,
            domain ?? string.Empty,
            FindSources(vault, path, request.Source),
            request.Link?.Alias?.Trim() ?? string.Empty,
            request.Today,
            settings.ReviewInterval);
    }

    private static string? Rename(string path, string pattern, TemplateVariables variables, out string? error)
    {
        string stem = TemplateRenderer.Render(pattern, variables).Trim();
        stem = NotePaths.WithoutMarkdownExtension(stem);
        error = stem.Contains('/', StringComparison.Ordinal) ? "A rule's file-name must be a file name without folders." : NewNotePaths.CheckSegment(stem);
        if (error is not null)
        {
            error = $"The template rule's file-name '{pattern}' gives an invalid name: {error}";
            return null;
        }

        string folder = NotePaths.GetFolder(path);
        return (folder.Length == 0 ? stem : $"{folder}/{stem}") + NotePaths.MarkdownExtension;
    }

    /// <summary>Returns the edit that makes the source link name the note at <paramref name="path"/>, or null when it already does.</summary>
    private static NoteTextEdits? UpdateLink(NewNoteRequest request, string path)
    {
        if (request.Source is null || request.Link is null)
        {
            return null;
        }

        string written = request.Link.Target.Trim();
        string writtenStem = LinkTarget.GetLastSegmentName(LinkTarget.Normalize(written));
        string newStem = NotePaths.GetStem(path);
        if (string.Equals(NotePaths.ToKey(writtenStem), NotePaths.ToKey(newStem), StringComparison.Ordinal))
        {
            return null;
        }

        int slash = written.LastIndexOfAny(['/', '\\']);
        string replacement = slash < 0 ? newStem : written[..(slash + 1)] + newStem;
        TextSpan span = request.Link.TargetSpan;
        var edits = new List<NoteTextEdit> { new(span, ReplaceTrimmed(request.Source.Text.GetText(span), replacement)) };

        // Without an alias, the link would now show the new file name. The alias keeps the text the user wrote.
        if (request.Link.Alias is null)
        {
            string separator = request.Link.Context == LinkContext.Table ? "\\|" : "|";
            edits.Add(new NoteTextEdit(TextSpan.FromLength(request.Link.Span.End - 2, 0), separator + written));
        }

        return new NoteTextEdits(request.Source.Path, edits);
    }

    /// <summary>Keeps the spaces around a link target when its text is replaced.</summary>
    private static string ReplaceTrimmed(string original, string replacement)
    {
        int start = original.Length - original.TrimStart().Length;
        int end = original.TrimEnd().Length;
        return string.Concat(original.AsSpan(0, start), replacement, original.AsSpan(end));
    }
}
