namespace NoteLsp.Core.Templates;

/// <summary>A template for new notes: plain text with <c>{{variable}}</c> placeholders and nothing that runs.</summary>
/// <param name="Name">The name <c>--template</c> and rules use, such as <c>concept</c>.</param>
/// <param name="Source">Where the template comes from: <c>built-in</c>, or its vault-relative path.</param>
public sealed record NoteTemplate(string Name, string Text, string Source);
