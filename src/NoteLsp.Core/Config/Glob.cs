using System.Text;
using System.Text.RegularExpressions;

namespace NoteLsp.Core.Config;

/// <summary>
/// A gitignore-like glob over vault-relative paths: <c>*</c> and <c>?</c> stay inside one
/// segment, <c>**</c> crosses segments, a pattern without '/' matches at any depth and a
/// pattern ending in '/' matches a folder and everything under it.
/// </summary>
public sealed class Glob
{
    private readonly Regex _regex;

    public Glob(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        Pattern = pattern;
        _regex = new Regex(ToRegex(pattern.Trim()), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }

    public string Pattern { get; }

    /// <summary>Whether the vault-relative <paramref name="path"/> (a file, or a folder ending in '/') matches.</summary>
    public bool IsMatch(string path) => _regex.IsMatch(path);

    private static string ToRegex(string pattern)
    {
        bool folderOnly = pattern.EndsWith('/');
        string body = pattern.Trim('/');
        if (!pattern.TrimEnd('/').Contains('/'))
        {
            body = "**/" + body;
        }
        else if (pattern.StartsWith('/'))
        {
            body = pattern.TrimStart('/').TrimEnd('/');
        }

        var regex = new StringBuilder("^");
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '*' && i + 1 < body.Length && body[i + 1] == '*')
            {
                bool slashFollows = i + 2 < body.Length && body[i + 2] == '/';
                regex.Append(slashFollows ? "(?:.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        // A match on a folder also covers every path below it.
        regex.Append(folderOnly ? "/.*$" : "(?:/.*)?$");
        return regex.ToString();
    }
}
