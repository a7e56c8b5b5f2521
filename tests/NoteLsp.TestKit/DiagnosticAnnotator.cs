using System.Globalization;
using System.Text;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;

namespace NoteLsp.TestKit;

/// <summary>
/// Renders a note with each diagnostic on a line of its own under the line it starts on:
/// <c>//! [line:col-line:col) CODE severity message</c>, 0-based UTF-16 positions. Golden files hold this form.
/// </summary>
public static class DiagnosticAnnotator
{
    public static string Render(Note note, IReadOnlyList<NoteDiagnostic> diagnostics)
    {
        var byLine = diagnostics
            .GroupBy(d => note.Text.GetLinePosition(d.Span.Start).Line)
            .ToDictionary(g => g.Key, g => g.ToList());
        var output = new StringBuilder();
        for (int line = 0; line < note.Text.LineCount; line++)
        {
            output.Append(note.Text.GetLineText(line)).Append('\n');
            if (!byLine.TryGetValue(line, out var onLine))
            {
                continue;
            }

            foreach (NoteDiagnostic d in onLine)
            {
                LineRange range = note.Text.GetLineRange(d.Span);
                output.Append(CultureInfo.InvariantCulture, $"//! [{range.Start}-{range.End}) {d.Code} {d.Severity.ToString().ToLowerInvariant()} {d.Message}\n");
            }
        }

        return output.ToString();
    }
}
