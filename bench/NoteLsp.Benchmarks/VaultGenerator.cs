using System.Globalization;
using System.Text;

namespace NoteLsp.Benchmarks;

/// <summary>
/// Writes a deterministic vault of concept notes: each note has the template's metadata block,
/// headings, a block id, about a dozen links (to names, headings, blocks and folders; about 5%
/// broken) and a footer with review dates. The same count always yields the same files.
/// </summary>
public static class VaultGenerator
{
    private static readonly string[] Domains = ["docker", "kubernetes", "linux", "python", "networking", "databases", "security", "git"];

    public static void Write(string root, int noteCount)
    {
        var random = new Random(20261204);
        for (int i = 0; i < noteCount; i++)
        {
            string path = Path.Combine(root, RelativePath(i));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, NoteText(i, noteCount, random));
        }
    }

    public static string Name(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{Domains[index % Domains.Length]}-topic-{index:D5}");

    public static string RelativePath(int index) =>
        Path.Combine(Domains[index % Domains.Length], string.Create(CultureInfo.InvariantCulture, $"part-{index % 16:D2}"), Name(index) + ".md");

    private static string NoteText(int index, int noteCount, Random random)
    {
        var text = new StringBuilder();
        string domain = Domains[index % Domains.Length];
        text.Append(CultureInfo.InvariantCulture, $"# Topic {index} - {domain}\n\n## 📋 Metadata\n\n```yaml\n");
        text.Append(CultureInfo.InvariantCulture, $"tags: [concept, {domain}, status/learning]\ncreated: 2026-0{1 + (index % 9)}-1{index % 10}\n");
        text.Append("difficulty: ⭐⭐ (2/5)\ntime-to-master: 45min\n```\n\n");
        text.Append(CultureInfo.InvariantCulture, $"**Prerequisites**: {Link(random, noteCount)}\n**Related to**: {Link(random, noteCount)}, {Link(random, noteCount)}\n\n---\n\n");
        text.Append("## 🎯 TL;DR (30 seconds)\n\n> A short summary of the topic with a [[");
        text.Append(Name(random.Next(noteCount))).Append("#🎯 TL;DR (30 seconds)|summary link]]. ^summary\n\n");
        for (int section = 1; section <= 4; section++)
        {
            text.Append(CultureInfo.InvariantCulture, $"### {section}. Key Concept {section}\n\n**My understanding**:\n> Explanation that links {Link(random, noteCount)} and {Link(random, noteCount)}.\n>\n> - point one\n> - point two with `inline [[code]]`\n\n");
        }

        text.Append("```bash\necho \"[[not-a-link]]\"\n```\n\n## 📊 Stats\n\n```yaml\nTotal time: 45min\nStatus: 🟡 Learning\n");
        text.Append(CultureInfo.InvariantCulture, $"Used in: {Link(random, noteCount)}\n```\n\n---\n\n**Last update**: 2026-11-01\n**Next review**: 2027-0{1 + (index % 9)}-01 (+2 months)\n");
        return text.ToString();
    }

    private static string Link(Random random, int noteCount)
    {
        int roll = random.Next(100);
        int target = random.Next(noteCount);
        return roll switch
        {
            < 5 => string.Create(CultureInfo.InvariantCulture, $"[[missing-note-{target}]]"),
            < 15 => $"[[{Name(target)}#^summary]]",
            < 25 => $"[[{Name(target)}#1. Key Concept 1]]",
            < 35 => string.Create(CultureInfo.InvariantCulture, $"[[part-{target % 16:D2}/{Name(target)}|alias]]"),
            _ => $"[[{Name(target)}]]",
        };
    }
}
