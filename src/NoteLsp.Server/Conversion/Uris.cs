using System.Text;

namespace NoteLsp.Server.Conversion;

/// <summary>
/// Converts between <c>file</c> URIs and absolute file system paths. Other schemes and
/// malformed URIs are rejected with a message, never an exception.
/// </summary>
public static class Uris
{
    /// <summary>Whether paths compare without regard to case on this operating system.</summary>
    public static bool IgnoreCase => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS();

    public static StringComparison PathComparison => IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static StringComparer PathComparer => IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>
    /// Returns the absolute path of a <c>file</c> URI, percent-decoded, with a Windows drive
    /// letter (<c>file:///c%3A/notes</c>) on Windows. Returns null with <paramref name="error"/>
    /// set for other schemes, relative or malformed URIs and URIs naming a remote host.
    /// </summary>
    public static string? TryToPath(string? uri, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(uri))
        {
            error = "The document URI is empty.";
            return null;
        }

        if (!Uri.TryCreate(uri, UriKind.Absolute, out Uri? parsed))
        {
            error = $"The document URI '{uri}' is not a valid absolute URI.";
            return null;
        }

        if (!string.Equals(parsed.Scheme, Uri.UriSchemeFile, StringComparison.OrdinalIgnoreCase))
        {
            error = $"The document URI '{uri}' has the scheme '{parsed.Scheme}'; NoteLsp serves only 'file' URIs.";
            return null;
        }

        string host = parsed.Host;
        string path = Uri.UnescapeDataString(parsed.AbsolutePath);
        if (host.Length > 0 && !host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            if (!OperatingSystem.IsWindows())
            {
                error = $"The document URI '{uri}' names the remote host '{host}'; NoteLsp serves only local files.";
                return null;
            }

            return $@"\\{host}{path.Replace('/', '\\')}";
        }

        bool hasDrive = path.Length >= 3 && path[0] == '/' && char.IsAsciiLetter(path[1]) && path[2] == ':';
        if (OperatingSystem.IsWindows())
        {
            if (!hasDrive)
            {
                error = $"The document URI '{uri}' has no drive letter.";
                return null;
            }

            return char.ToUpperInvariant(path[1]) + path[2..].Replace('/', '\\');
        }

        return path;
    }

    /// <summary>
    /// Returns the <c>file</c> URI of an absolute path in the form VS Code writes: every character
    /// outside <c>A-Z a-z 0-9 - . _ ~ /</c> percent-encoded as UTF-8, a drive letter lower-cased
    /// with its colon as <c>%3A</c>.
    /// </summary>
    public static string FromPath(string path)
    {
        string slashed = path.Replace('\\', '/');
        var builder = new StringBuilder("file://");
        if (slashed.StartsWith("//", StringComparison.Ordinal))
        {
            // A UNC path: \\server\share\x becomes file://server/share/x.
            int end = slashed.IndexOf('/', 2);
            string host = end < 0 ? slashed[2..] : slashed[2..end];
            builder.Append(host);
            slashed = end < 0 ? "/" : slashed[end..];
        }
        else if (slashed.Length >= 2 && char.IsAsciiLetter(slashed[0]) && slashed[1] == ':')
        {
            builder.Append('/').Append(char.ToLowerInvariant(slashed[0])).Append("%3A");
            slashed = slashed[2..];
        }

        foreach (byte b in Encoding.UTF8.GetBytes(slashed))
        {
            char c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '/')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
