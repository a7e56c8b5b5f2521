using NoteLsp.Core.Notes;

namespace NoteLsp.Core.Features.Rename;

/// <summary>How a link target was written, so a rewritten target can be written the same way.</summary>
internal sealed class TargetStyle
{
    private TargetStyle(string written, string? extension, bool percentEncoded, char separator)
    {
        Written = written;
        Extension = extension;
        PercentEncoded = percentEncoded;
        Separator = separator;
    }

    public string Written { get; }

    /// <summary>The <c>.md</c> as written (<c>.md</c>, <c>.MD</c>), or null when the link omits it.</summary>
    public string? Extension { get; }

    public bool PercentEncoded { get; }

    public char Separator { get; }

    public static TargetStyle Read(string written, bool isAttachment)
    {
        string? extension = !isAttachment && NotePaths.IsMarkdown(written) ? written[^NotePaths.MarkdownExtension.Length..] : null;
        bool encoded = written.Contains('%', StringComparison.Ordinal) && !string.Equals(Uri.UnescapeDataString(written), written, StringComparison.Ordinal);
        char separator = written.Contains('\\', StringComparison.Ordinal) && !written.Contains('/', StringComparison.Ordinal) ? '\\' : '/';
        return new TargetStyle(written, extension, encoded, separator);
    }

    /// <summary>
    /// Returns targets that could name <paramref name="newPath"/>, closest to the written form
    /// first: the written folder prefix with the new name, the path relative to the linking note
    /// or from the root when the link was written that way, the bare name when the link had no
    /// folder, at least as many trailing segments as were written, and the full vault path.
    /// </summary>
    public IEnumerable<string> Candidates(string newPath, string sourceFolder)
    {
        // A note's ".md" is appended again by Format when the link had it; an attachment keeps its extension in the name.
        string[] newSegments = NotePaths.WithoutMarkdownExtension(newPath).Split('/');
        string normalized = Written.Replace('\\', '/');
        int lastSeparator = normalized.LastIndexOf('/');

        if (lastSeparator >= 0)
        {
            yield return Format(Written[..(lastSeparator + 1)], [newSegments[^1]]);
        }

        if (normalized.StartsWith("./", StringComparison.Ordinal) || normalized.StartsWith("../", StringComparison.Ordinal))
        {
            yield return Format(string.Empty, RelativeSegments(sourceFolder, newSegments));
        }

        if (normalized.StartsWith('/'))
        {
            yield return Format(Written[..1], newSegments);
        }

        // A bare name stays bare; a qualified one keeps as many trailing segments as it had, or more.
        int writtenSegments = normalized.Trim('/').Split('/').Length;
        if (writtenSegments == 1)
        {
            yield return Format(string.Empty, [newSegments[^1]]);
        }

        for (int count = Math.Max(2, writtenSegments); count < newSegments.Length; count++)
        {
            yield return Format(string.Empty, newSegments[^count..]);
        }

        yield return Format(string.Empty, newSegments);
    }

    private static string[] RelativeSegments(string sourceFolder, string[] targetSegments)
    {
        string[] from = sourceFolder.Length == 0 ? [] : sourceFolder.Split('/');
        int common = 0;
        while (common < from.Length && common < targetSegments.Length - 1 && string.Equals(from[common], targetSegments[common], StringComparison.Ordinal))
        {
            common++;
        }

        var segments = new List<string>();
        if (common == from.Length)
        {
            segments.Add(".");
        }

        for (int i = common; i < from.Length; i++)
        {
            segments.Add("..");
        }

        segments.AddRange(targetSegments[common..]);
        return [.. segments];
    }

    /// <summary>Joins <paramref name="segments"/> after a prefix kept as written, encoding each segment the way the link did.</summary>
    private string Format(string prefix, IReadOnlyList<string> segments)
    {
        IEnumerable<string> encoded = PercentEncoded
            ? segments.Select(s => s is "." or ".." ? s : Uri.EscapeDataString(s))
            : segments;
        return prefix + string.Join(Separator, encoded) + Extension;
    }
}
