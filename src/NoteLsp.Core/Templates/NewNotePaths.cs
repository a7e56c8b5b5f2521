using System.Text;
using NoteLsp.Core.Config;
using NoteLsp.Core.Links;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Templates;

/// <summary>
/// Turns what a link or the user names into the vault-relative path of a new note, and rejects
/// names that must not become files: paths that leave the vault, attachments, and names that
/// Windows or macOS cannot store.
/// </summary>
public static class NewNotePaths
{
    /// <summary>File extensions that name attachments. A link to one never creates a note.</summary>
    private static readonly HashSet<string> AttachmentExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".ico", ".tif", ".tiff", ".avif", ".heic",
        ".pdf", ".mp3", ".wav", ".ogg", ".flac", ".m4a", ".mp4", ".webm", ".mov", ".mkv", ".avi",
        ".zip", ".gz", ".tar", ".7z", ".csv", ".json", ".xlsx", ".docx", ".pptx", ".canvas", ".excalidraw",
    };

    /// <summary>Names Windows reserves for devices, with or without an extension.</summary>
    private static readonly HashSet<string> ReservedWindowsNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>The longest file name, in UTF-8 bytes, that macOS and Linux file systems store. Windows allows 255 UTF-16 units.</summary>
    private const int MaxFileNameBytes = 255;

    /// <summary>
    /// Returns the vault-relative <c>.md</c> path for a new note named by <paramref name="target"/>
    /// (a link target without <c>#heading</c> or <c>|alias</c>, or a name given to <c>notelsp new</c>), or
    /// null with <paramref name="error"/> set. The folder in the target is kept. <c>./</c> and <c>../</c>
    /// are relative to <paramref name="sourceFolder"/>, anything else to the configured new-note folder.
    /// </summary>
    public static string? TryGetPath(string target, string sourceFolder, TemplateSettings settings, VaultConfig config, out string? error)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(config);

        string normalized = LinkTarget.Normalize(target);
        error = CheckTargetText(normalized);
        if (error is not null)
        {
            return null;
        }

        string withoutExtension = NotePaths.WithoutMarkdownExtension(normalized.TrimEnd('/'));
        string? combined = normalized.StartsWith("./", StringComparison.Ordinal) || normalized.StartsWith("../", StringComparison.Ordinal)
            ? NotePaths.Combine(sourceFolder, withoutExtension)
            : NotePaths.Combine(settings.NewNoteFolder, withoutExtension);
        if (string.IsNullOrEmpty(combined))
        {
            error = $"'{normalized}' points outside the vault.";
            return null;
        }

        string[] segments = combined.Split('/');
        if (settings.Slug)
        {
            segments = segments.Select(ToSlug).ToArray();
        }

        foreach (string segment in segments)
        {
            error = CheckSegment(segment);
            if (error is not null)
            {
                return null;
            }
        }

        string path = string.Join('/', segments) + NotePaths.MarkdownExtension;
        if (VaultLoader.IsExcluded(path, config))
        {
            error = $"'{path}' is in a hidden or ignored folder, so the vault would not see the new note.";
            return null;
        }

        return path;
    }

    /// <summary>Returns why <paramref name="segment"/> cannot be a file or folder name on Windows or macOS, or null when it can.</summary>
    public static string? CheckSegment(string segment)
    {
        if (segment.Length == 0)
        {
            return "The name has an empty folder or file name.";
        }

        foreach (char c in segment)
        {
            if (c < ' ' || c is '<' or '>' or ':' or '"' or '|' or '?' or '*' or '\\' or '\u007F')
            {
                string shown = c < ' ' || c == '\u007F' ? $"U+{(int)c:X4}" : c.ToString();
                return $"'{segment}' contains '{shown}', which Windows does not allow in file names.";
            }
        }

        if (segment.EndsWith('.') || segment.EndsWith(' ') || segment.StartsWith(' '))
        {
            return $"'{segment}' starts with a space or ends with a space or a dot, which Windows drops from file names.";
        }

        if (segment.StartsWith('.'))
        {
            return $"'{segment}' starts with a dot: hidden files and folders are not part of the vault.";
        }

        int dot = segment.IndexOf('.', StringComparison.Ordinal);
        string device = dot < 0 ? segment : segment[..dot];
        if (ReservedWindowsNames.Contains(device.TrimEnd()))
        {
            return $"'{segment}' is a device name that Windows reserves.";
        }

        if (Encoding.UTF8.GetByteCount(segment) + NotePaths.MarkdownExtension.Length > MaxFileNameBytes)
        {
            return $"'{segment}' is longer than the {MaxFileNameBytes} bytes a file name may have.";
        }

        return null;
    }

    /// <summary>Whether <paramref name="target"/> names a file that is not a note, such as an image or a PDF.</summary>
    public static bool IsAttachmentName(string target)
    {
        string fileName = NotePaths.GetFileName(target.TrimEnd('/'));
        int dot = fileName.LastIndexOf('.');
        return dot > 0 && AttachmentExtensions.Contains(fileName[dot..]);
    }

    /// <summary>Returns <paramref name="segment"/> in lower-case kebab-case: "Docker Images" becomes <c>docker-images</c>.</summary>
    public static string ToSlug(string segment)
    {
        var builder = new StringBuilder(segment.Length);
        foreach (char c in Text.UnicodeForms.ToFormC(segment))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is ' ' or '-' or '_' or '.' && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    private static string? CheckTargetText(string target)
    {
        if (target.Length == 0)
        {
            return "The name is empty.";
        }

        // A leading '/' or '~', a drive letter ("C:") and a URI scheme ("file:") all name places
        // outside the vault; ':' is invalid in Windows and macOS file names anyway.
        if (target.StartsWith('/') || target.StartsWith('~') || target.Contains(':', StringComparison.Ordinal))
        {
            return $"'{target}' is an absolute path or a URI, not a name inside the vault.";
        }

        if (IsAttachmentName(target))
        {
            return $"'{target}' names an attachment, not a note.";
        }

        return null;
    }
}
