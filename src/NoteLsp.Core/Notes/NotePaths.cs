using System.Text;

namespace NoteLsp.Core.Notes;

/// <summary>Helpers for vault-relative paths, which always use '/' separators.</summary>
public static class NotePaths
{
    public const string MarkdownExtension = ".md";

    public static bool IsMarkdown(string path) =>
        path.EndsWith(MarkdownExtension, StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the file name of <paramref name="path"/> without a <c>.md</c> extension; other extensions stay.</summary>
    public static string GetStem(string path)
    {
        string name = GetFileName(path);
        return IsMarkdown(name) ? name[..^MarkdownExtension.Length] : name;
    }

    public static string GetFileName(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash < 0 ? path : path[(slash + 1)..];
    }

    /// <summary>Returns the folder part of <paramref name="path"/> without a trailing '/', or an empty string at the root.</summary>
    public static string GetFolder(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }

    /// <summary>Returns the path without its <c>.md</c> extension.</summary>
    public static string WithoutMarkdownExtension(string path) =>
        IsMarkdown(path) ? path[..^MarkdownExtension.Length] : path;

    /// <summary>
    /// Returns the lookup key of a name or path: NFC-normalized and lower-cased, so that names
    /// that differ only in case or Unicode normalization form meet.
    /// </summary>
    public static string ToKey(string nameOrPath) => ToNfc(nameOrPath).ToLowerInvariant();

    /// <summary>Returns <paramref name="text"/> in Unicode normalization form C, without allocating when it already is.</summary>
    public static string ToNfc(string text) =>
        Text.UnicodeForms.ToFormC(text);

    /// <summary>
    /// Joins <paramref name="folder"/> and a relative path and folds <c>.</c> and <c>..</c>
    /// segments. Returns null when the result would leave the vault.
    /// </summary>
    public static string? Combine(string folder, string relative)
    {
        var segments = new List<string>();
        if (folder.Length > 0)
        {
            segments.AddRange(folder.Split('/'));
        }

        foreach (string segment in relative.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return string.Join('/', segments);
    }
}
