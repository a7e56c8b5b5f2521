using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using YamlDotNet.Core;

namespace NoteLsp.Core.Metadata;

/// <summary>Turns a YamlDotNet exception into one invalid-yaml diagnostic at the offending character.</summary>
internal static class YamlErrors
{
    public static NoteDiagnostic Create(SourceText text, DataBlock block, string yaml, YamlException exception)
    {
        string reason = exception.Message;
        int index = (int)Math.Clamp(exception.Start.Index, 0, yaml.Length);
        string message;

        if (reason.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            // YamlDotNet marks the start of the enclosing mapping; the tab itself is what the user must change.
            index = FindIndentationTab(yaml) ?? index;
            message = "Invalid YAML: a tab is used for indentation, and YAML allows only spaces there. Replace the tab with spaces.";
        }
        else if (reason.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase)
            || reason.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
        {
            message = "Invalid YAML: ': ' inside a value starts a new mapping here. Put the value in quotes, such as title: \"Docker: why containers\", or check the indentation of this line.";
        }
        else
        {
            message = $"Invalid YAML: {reason.TrimEnd('.')}. The metadata fields are not checked until it is fixed.";
        }

        int start = block.ContentSpan.Start + index;
        int lineEnd = text.GetLineEnd(text.GetLineIndex(start));
        int end = start < lineEnd ? start + (char.IsHighSurrogate(text.Content[start]) && start + 1 < lineEnd ? 2 : 1) : start;
        return MetadataDiagnostics.Create(DiagnosticCodes.InvalidYaml, new TextSpan(start, end), message);
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
