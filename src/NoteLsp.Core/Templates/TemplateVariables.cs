using NoteLsp.Core.Metadata;
using NoteLsp.Core.Notes;

namespace NoteLsp.Core.Templates;

/// <summary>The values a template's <c>{{variable}}</c> placeholders are replaced with.</summary>
/// <param name="Name">The new note's name, such as <c>docker-images-layers</c>.</param>
/// <param name="Path">The new note's vault-relative path.</param>
/// <param name="Title">The note's title, such as "Images Layers - Docker".</param>
/// <param name="Topic">The title without its domain, such as "Images Layers".</param>
/// <param name="Domain">The domain prefix of the name, such as <c>docker</c>, or an empty string.</param>
/// <param name="Sources">How links name the notes that link to the new note, such as <c>docker-why-containers</c>. Empty when none does.</param>
/// <param name="Alias">The alias of the link that asked for the new note, or an empty string.</param>
/// <param name="Date">The creation date. Also the first <c>Last update</c>.</param>
/// <param name="ReviewInterval">The interval to the first review.</param>
public sealed record TemplateVariables(
    string Name,
    string Path,
    string Title,
    string Topic,
    string Domain,
    IReadOnlyList<string> Sources,
    string Alias,
    DateOnly Date,
    ReviewInterval ReviewInterval)
{
    /// <summary>The tags of a concept note: the kind, then the domain when there is one.</summary>
    public string Tags => Domain.Length == 0 ? "concept" : $"concept, {Domain.ToLowerInvariant()}";

    /// <summary>The first note that links to the new note, or an empty string.</summary>
    public string Source => Sources.Count == 0 ? string.Empty : Sources[0];

    /// <summary>Links back to the notes that link to the new note, or "None" when no note does.</summary>
    public string Related => Sources.Count == 0 ? "None" : string.Join(", ", Sources.Select(s => $"[[{s}]]"));

    public string Folder => NotePaths.GetFolder(Path);

    public DateOnly NextReview => ReviewInterval.AddTo(Date);
}
