using NoteLsp.Core.Checks;
using NoteLsp.Core.Config;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Vault;

public class VaultSnapshotTests
{
    private static readonly CheckOptions Options = new(new DateOnly(2026, 12, 4));

    [Fact]
    public void WithNote_NewTarget_FixesBrokenLink()
    {
        var before = VaultFixture.Create(("src.md", "[[later]]"));

        var after = before.WithNote(VaultFixture.Parse("later.md", "# Later"));

        Assert.Equal("NL1001", Assert.Single(VaultFixture.CheckLinks(before, before.FindNote("src.md")!)).Code);
        Assert.Empty(VaultFixture.CheckLinks(after, after.FindNote("src.md")!));
        Assert.Null(before.FindNote("later.md"));
    }

    [Fact]
    public void WithoutNote_RemovedTarget_BreaksLink()
    {
        var vault = VaultFixture.Create(("src.md", "[[gone]]"), ("sub/gone.md", "---\naliases: [G]\n---\n"));

        var after = vault.WithoutNote("sub/gone.md");

        Assert.Empty(after.FindNotesByName("gone"));
        Assert.Empty(after.FindNotesByAlias("G"));
        Assert.Null(after.FindNoteByPathKey("sub/gone"));
        Assert.Equal("NL1001", Assert.Single(VaultFixture.CheckLinks(after, after.FindNote("src.md")!)).Code);
    }

    [Fact]
    public void WithNote_ReplacedNote_UpdatesLinkers()
    {
        var vault = VaultFixture.Create(("src.md", "[[a]]"), ("a.md", ""), ("b.md", ""));

        var edited = vault.WithNote(VaultFixture.Parse("src.md", "[[b]]"));

        Assert.Empty(edited.FindLinkers("a"));
        Assert.Equal(["src.md"], edited.FindLinkers("B").ToArray());
    }

    [Fact]
    public void FindLinkers_PathAndEmbed_ByLastSegment()
    {
        var vault = VaultFixture.Create(("x.md", "[[folder/Target]]"), ("y.md", "![[target.md#h]]"), ("z.md", "[[other]]"));

        Assert.Equal(["x.md", "y.md"], vault.FindLinkers("target").Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void IncrementalEdits_EqualFreshBuild()
    {
        var notes = Enumerable.Range(0, 50)
            .Select(i => ($"n{i % 5}/note{i}.md", $"# Note {i}\n[[note{(i * 7) % 60}]] [[n{i % 3}/note{i + 1}]]"))
            .ToArray();
        var fresh = VaultFixture.Create(notes);
        var incremental = VaultFixture.Create();
        foreach (var (path, text) in notes)
        {
            incremental = incremental.WithNote(VaultFixture.Parse(path, text));
        }

        incremental = incremental.WithNote(VaultFixture.Parse("temp.md", "[[note1]]")).WithoutNote("temp.md");

        Assert.Equal(Render(fresh), Render(incremental));
    }

    private static string Render(VaultSnapshot vault) => string.Join('\n', vault.Notes
        .OrderBy(n => n.Path, StringComparer.Ordinal)
        .Select(n => n.Path + ": " + string.Join(", ", VaultFixture.CheckLinks(vault, n).Select(d => d.Code + "@" + d.Span))
            + " linkers=" + string.Join(",", vault.FindLinkers(n.Name).Order(StringComparer.Ordinal))));
}
