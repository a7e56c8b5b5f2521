using System.Text;

namespace NoteLsp.Core.Links;

/// <summary>Normalizes what a wiki link names before it is looked up.</summary>
public static class LinkTarget
{
    /// <summary>
    /// Returns the target trimmed, percent-decoded (<c>%20</c>), with '\' turned into '/' and in
    /// Unicode normalization form C. Malformed percent sequences stay as written.
    /// </summary>
    public static string Normalize(string target)
    {
        string result = target.Trim();
        if (result.Contains('%', StringComparison.Ordinal))
        {
            result = Uri.UnescapeDataString(result);
        }

        result = result.Replace('\\', '/');
        return Text.UnicodeForms.ToFormC(result);
    }

    /// <summary>Returns the last path segment without a <c>.md</c> extension: the note name a link refers to.</summary>
    public static string GetLastSegmentName(string normalizedTarget)
    {
        string trimmed = normalizedTarget.TrimEnd('/');
        int slash = trimmed.LastIndexOf('/');
        string last = slash < 0 ? trimmed : trimmed[(slash + 1)..];
        return Notes.NotePaths.WithoutMarkdownExtension(last);
    }

    /// <summary>Returns the heading a fragment names: the last part of a <c>#A#B</c> chain, percent-decoded and trimmed.</summary>
    public static string NormalizeHeading(string fragment)
    {
        string last = fragment;
        int hash = fragment.LastIndexOf('#');
        if (hash >= 0)
        {
            last = fragment[(hash + 1)..];
        }

        if (last.Contains('%', StringComparison.Ordinal))
        {
            last = Uri.UnescapeDataString(last);
        }

        return last.Trim();
    }
}
