namespace NoteLsp.Core.Templates;

/// <summary>Derives a note's title and domain from its name, the way concept notes are titled: <c>Topic - Domain</c>.</summary>
public static class NoteTitles
{
    private static readonly char[] WordSeparators = ['-', '_', ' '];

    /// <summary>
    /// Returns the domain prefix of <paramref name="name"/> (<c>docker</c> for <c>docker-images-layers</c>)
    /// when it is one of <paramref name="domains"/> and more of the name follows it. Otherwise null.
    /// </summary>
    public static string? FindDomain(string name, IReadOnlyDictionary<string, string> domains)
    {
        int separator = name.IndexOfAny(WordSeparators);
        if (separator <= 0 || separator == name.Length - 1)
        {
            return null;
        }

        string prefix = name[..separator];
        return domains.Keys.FirstOrDefault(k => string.Equals(k, prefix, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Returns the title of a new note: the name's words capitalized, and with a known domain
    /// prefix moved to the end (<c>docker-images-layers</c> becomes "Images Layers - Docker").
    /// </summary>
    public static string FromName(string name, IReadOnlyDictionary<string, string> domains)
    {
        string? domain = FindDomain(name, domains);
        if (domain is null)
        {
            return ToWords(name);
        }

        string topic = ToWords(name[(domain.Length + 1)..]);
        return $"{topic} - {domains[domain]}";
    }

    /// <summary>Returns the words of a kebab-case or snake_case name, each capitalized: <c>images-layers</c> becomes "Images Layers".</summary>
    public static string ToWords(string name)
    {
        string[] words = name.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? name : string.Join(' ', words.Select(Capitalize));
    }

    public static string Capitalize(string word) =>
        word.Length == 0 ? word : string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1));
}
