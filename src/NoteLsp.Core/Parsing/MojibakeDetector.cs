using System.Text.RegularExpressions;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Text;

namespace NoteLsp.Core.Parsing;

/// <summary>
/// Spots UTF-8 text that was decoded as Windows-1252 and saved again: each multi-byte character
/// then shows as a run such as "Ã©" (é), "â€™" (’) or "ðŸŽ¯" (🎯).
/// </summary>
public static partial class MojibakeDetector
{
    /// <summary>Runs needed before a note is reported, so that one odd "Ã" in real text is not flagged.</summary>
    private const int MinimumRuns = 3;

    public static NoteDiagnostic? Detect(SourceText text)
    {
        MatchCollection matches = MojibakeRun().Matches(text.Content);
        if (matches.Count < MinimumRuns)
        {
            return null;
        }

        Match first = matches[0];
        string samples = string.Join(", ", matches.Select(m => m.Value).Distinct().Take(3).Select(v => $"'{v}'"));
        return new NoteDiagnostic(
            DiagnosticCodes.DoubleEncoded.Code,
            DiagnosticCodes.DoubleEncoded.DefaultSeverity,
            new TextSpan(first.Index, first.Index + first.Length),
            $"The note looks double-encoded: {matches.Count} character sequences such as {samples} are UTF-8 read as Windows-1252. Re-save it as UTF-8 from the original, or apply the repair fix.",
            Data: new Dictionary<string, string> { ["count"] = matches.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    // A UTF-8 lead byte (C2–F4) read as Windows-1252, followed by one to three continuation
    // bytes (80–BF) read the same way. Windows-1252 maps 80–9F to characters such as '€' and '™'.
    [GeneratedRegex("[\u00C2-\u00F4][\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178]{1,3}", RegexOptions.CultureInvariant)]
    private static partial Regex MojibakeRun();
}
