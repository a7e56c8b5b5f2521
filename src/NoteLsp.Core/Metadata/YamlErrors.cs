using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using YamlDotNet.Core;

namespace NoteLsp.Core.Metadata;

/// <summary>Turns a YamlDotNet exception into one invalid-yaml diagnostic at the character to change.</summary>
public static class YamlErrors
{
    public static NoteDiagnostic Create(SourceText text, DataBlock block, string yaml, YamlException exception)
    {
        string message = Describe(yaml, exception, out int index);
        return At(text, block.ContentSpan.Start + index, $"{message} The metadata fields are not checked until it is fixed.");
    }

    /// <summary>
    /// Returns a message for <paramref name="exception"/> that states what to change, and sets
    /// <paramref name="index"/> to the character of <paramref name="yaml"/> the user must change.
    /// </summary>
    public static string Describe(string yaml, YamlException exception, out int index)
    {
        string reason = exception.Message;
        index = (int)Math.Clamp(exception.Start.Index, 0, yaml.Length);
        if (reason.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            // YamlDotNet marks the start of the enclosing mapping; the tab itself is what the user must change.
            index = FindIndentationTab(yaml) ?? index;
            return "Invalid YAML: a tab is used for indentation, and YAML allows only spaces there. Replace the tab with spaces.";
        }

        if (reason.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase)
            || reason.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
        {
            return "Invalid YAML: ': ' inside a value starts a new mapping here. Put the value in quotes, such as title: \"Docker: why containers\", or check the indentation of this line.";
        }

        return $"Invalid YAML: {reason.TrimEnd('.')}.";
    }

    /// <summary>Reports a parser failure that came without a position, at the bracket left open when there is one.</summary>
    public static NoteDiagnostic CreateForParserFailure(SourceText text, DataBlock block, string yaml)
    {
        int? open = FindUnclosedBracket(yaml);
        string message = open is { } index
            ? $"Invalid YAML: '{yaml[index]}' is never closed. Close it with '{(yaml[index] == '[' ? ']' : '}')}' at the end of the value."
            : "Invalid YAML: the YAML parser failed on this block. Look for an unclosed bracket or quote.";
        return At(text, block.ContentSpan.Start + (open ?? 0), message);
    }

    private static NoteDiagnostic At(SourceText text, int start, string message)
    {
        int lineEnd = text.GetLineEnd(text.GetLineIndex(start));
        int end = start;
        if (start < lineEnd)
        {
            // One character, and both halves of a surrogate pair so that the range never splits an emoji.
            bool pair = char.IsHighSurrogate(text.Content[start]) && start + 1 < lineEnd;
            end = start + (pair ? 2 : 1);
        }

        return MetadataDiagnostics.Create(DiagnosticCodes.InvalidYaml, new TextSpan(start, end), message);
    }

    /// <summary>Returns the index of the outermost '[' or '{' that is never closed, skipping quoted text and comments; null when all are closed.</summary>
    private static int? FindUnclosedBracket(string yaml)
    {
        var open = new Stack<int>();
        char quote = '\0';
        for (int i = 0; i < yaml.Length; i++)
        {
            char c = yaml[i];
            if (quote != '\0')
            {
                quote = c == quote || c == '\n' ? '\0' : quote;
                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(yaml[i - 1])))
            {
                int newline = yaml.IndexOf('\n', i);
                i = newline < 0 ? yaml.Length : newline;
            }
            else if (c is '[' or '{')
            {
                open.Push(i);
            }
            else if (c is ']' or '}' && open.Count > 0)
            {
                open.Pop();
            }
        }

        return open.Count > 0 ? open.Last() : null;
    }

    /// <summary>Returns the index of the first tab in the leading whitespace of a line, or null.</summary>
    private static int? FindIndentationTab(string yaml)
    {
        bool atLineStart = true;
        for (int i = 0; i < yaml.Length; i++)
        {
            char c = yaml[i];
            if (c is '\r' or '\n')
            {
                atLineStart = true;
            }
            else if (c == '\t' && atLineStart)
            {
                return i;
            }
            else if (c != ' ')
            {
                atLineStart = false;
            }
        }

        return null;
    }
}
