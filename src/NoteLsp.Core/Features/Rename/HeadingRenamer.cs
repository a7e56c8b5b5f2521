using System.Buffers;
using NoteLsp.Core.Edits;
using NoteLsp.Core.Links;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features.Rename;

/// <summary>Renames a heading and rewrites the <c>#heading</c> part of every link that names it.</summary>
internal static class HeadingRenamer
{
    /// <summary>Characters that end a part of a wiki link, so a heading that links name cannot hold them.</summary>
    private static readonly SearchValues<char> ForbiddenCharacters = SearchValues.Create("#|^[]");

    public static string? Validate(Note note, Heading heading, string newText, out string text)
    {
        text = (newText ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return "The new heading is empty: type the heading text.";
        }

        if (text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal))
        {
            return "A heading is one line: remove the line break from the new heading.";
        }

        int bad = text.AsSpan().IndexOfAny(ForbiddenCharacters);
        if (bad >= 0)
        {
            return $"The new heading '{text}' contains '{text[bad]}', which links to a heading cannot contain.";
        }

        if (string.Equals(text, heading.Text, StringComparison.Ordinal))
        {
            return $"The heading is already '{text}'.";
        }

        string key = NotePaths.ToKey(text);
        string slug = Slugs.ToComparable(text);
        foreach (Heading other in note.Headings)
        {
            if (ReferenceEquals(other, heading))
            {
                continue;
            }

            if (string.Equals(NotePaths.ToKey(other.Text), key, StringComparison.Ordinal) || (slug.Length > 0 && Slugs.ToComparable(other.Text) == slug))
            {
                return $"The note already has a heading '{other.Text}', and links could not tell the two apart: choose another heading.";
            }
        }

        return null;
    }

    public static VaultEdit ComputeEdit(VaultSnapshot vault, Note note, Heading heading, string newText, CancellationToken cancellationToken)
    {
        var sources = new SortedSet<string>(vault.FindLinkers(note.Name), StringComparer.Ordinal) { note.Path };
        var operations = new List<VaultEditOperation>();
        foreach (string sourcePath in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Note? source = vault.FindNote(sourcePath);
            if (source is null)
            {
                continue;
            }

            var edits = new List<NoteTextEdit>();
            if (ReferenceEquals(source, note))
            {
                edits.Add(new NoteTextEdit(heading.TextSpan, newText));
            }

            foreach (WikiLink link in source.Links)
            {
                if (link.Fragment is null || link.IsBlockReference)
                {
                    continue;
                }

                LinkResolution resolution = LinkResolver.Resolve(vault, source, link);
                if (resolution.Fragment == FragmentStatus.Found && string.Equals(resolution.TargetPath, note.Path, StringComparison.Ordinal) && resolution.Heading == heading)
                {
                    TextSpan span = LastFragmentSpan(link);
                    edits.Add(new NoteTextEdit(span, FormatFragment(source.Text.GetText(span), heading, newText)));
                }
            }

            if (edits.Count > 0)
            {
                edits.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
                operations.Add(new NoteTextEdits(sourcePath, edits));
            }
        }

        return new VaultEdit(operations);
    }

    /// <summary>Returns the span of the heading a fragment names: the part after its last <c>#</c>, without surrounding spaces.</summary>
    public static TextSpan LastFragmentSpan(WikiLink link)
    {
        TextSpan fragment = link.FragmentSpan!.Value;
        string text = link.Fragment!;
        int start = text.LastIndexOf('#') + 1;
        string last = text[start..];
        int leading = last.Length - last.TrimStart().Length;
        int trailing = last.Length - last.TrimEnd().Length;
        return new TextSpan(fragment.Start + start + leading, Math.Max(fragment.Start + start + leading, fragment.End - trailing));
    }

    /// <summary>
    /// Writes the new heading the way the link wrote the old one: as text, percent-encoded text,
    /// or a slug such as <c>key-concepts</c>.
    /// </summary>
    private static string FormatFragment(string written, Heading heading, string newText)
    {
        string decoded = written.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(written) : written;
        bool isText = string.Equals(NotePaths.ToKey(decoded.Trim()), NotePaths.ToKey(heading.Text), StringComparison.Ordinal);
        if (!isText)
        {
            return Slugs.ToComparable(newText);
        }

        return string.Equals(decoded, written, StringComparison.Ordinal) ? newText : Uri.EscapeDataString(newText);
    }
}
