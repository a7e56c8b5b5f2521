using System.Text;
using NoteLsp.Core.Checks;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Vault;

public class VaultLoaderTests
{
    [Fact]
    public void Load_SkipsToolFoldersAndIndexesAttachments()
    {
        using var temp = new TempVault();
        temp.Write("a.md", "# A");
        temp.Write("sub/b.md", "# B");
        temp.Write("img/pic.png", "png");
        temp.Write(".git/x.md", "");
        temp.Write("node_modules/pkg/readme.md", "");
        temp.Write(".obsidian/workspace.md", "");
        temp.Write(".trash/old.md", "");

        VaultSnapshot vault = VaultLoader.Load(temp.RootPath);

        Assert.Equal(["a.md", "sub/b.md"], vault.Notes.Select(n => n.Path).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["img/pic.png"], vault.AttachmentPaths.ToArray());
    }

    [Fact]
    public void Load_IgnoreGlobsFromConfig_SkipNotes()
    {
        using var temp = new TempVault();
        temp.Write(".notelsp.yaml", "ignore:\n  - drafts/\n  - \"*.tmp.md\"\n  - archive/**/old-*.md\n");
        temp.Write("keep.md", "");
        temp.Write("drafts/skip.md", "");
        temp.Write("deep/x.tmp.md", "");
        temp.Write("archive/2020/old-one.md", "");
        temp.Write("archive/2020/new-one.md", "");

        VaultSnapshot vault = VaultLoader.Load(temp.RootPath);

        Assert.Equal(["archive/2020/new-one.md", "keep.md"], vault.Notes.Select(n => n.Path).Order(StringComparer.Ordinal).ToArray());
        Assert.Empty(vault.Config.Problems);
    }

    [Fact]
    public void Load_InvalidConfig_ReportsProblemAndLoadsEverything()
    {
        using var temp = new TempVault();
        temp.Write(".notelsp.yaml", "ignore: [unclosed\n");
        temp.Write("a.md", "");

        VaultSnapshot vault = VaultLoader.Load(temp.RootPath);

        Assert.Single(vault.Notes);
        Assert.Contains("Invalid YAML", Assert.Single(vault.Config.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BinaryFile_BecomesNoteWithDiagnostic()
    {
        using var temp = new TempVault();
        temp.WriteBytes("blob.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]);

        Note note = Assert.Single(VaultLoader.Load(temp.RootPath).Notes);

        Assert.Equal(DiagnosticCodes.BinaryFile.Code, Assert.Single(note.FileDiagnostics).Code);
        Assert.Empty(note.Links);
    }

    [Fact]
    public void Load_InvalidUtf8_KeepsTextAndPointsAtBadByte()
    {
        using var temp = new TempVault();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("# T\nok [[link]] "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" end")];
        temp.WriteBytes("bad.md", bytes);

        Note note = Assert.Single(VaultLoader.Load(temp.RootPath).Notes);

        NoteDiagnostic diagnostic = Assert.Single(note.FileDiagnostics);
        Assert.Equal(DiagnosticCodes.InvalidUtf8.Code, diagnostic.Code);
        Assert.Equal('\uFFFD', note.Text.Content[diagnostic.Span.Start]);
        Assert.Equal("link", Assert.Single(note.Links).Target);
    }

    [Fact]
    public void Load_Utf16WithBom_Decodes()
    {
        using var temp = new TempVault();
        temp.WriteBytes("u16.md", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("# Título\n[[x]]")]);

        Note note = Assert.Single(VaultLoader.Load(temp.RootPath).Notes);

        Assert.Equal("Título", note.Title);
        Assert.Empty(note.FileDiagnostics);
    }

    [Fact]
    public void Load_Utf8Bom_StrippedFromText()
    {
        using var temp = new TempVault();
        temp.WriteBytes("bom.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("[[x]]")]);

        Note note = Assert.Single(VaultLoader.Load(temp.RootPath).Notes);

        Assert.Equal(2, note.Links[0].TargetSpan.Start);
        Assert.True(note.Text.HadByteOrderMark);
    }

    [Fact]
    public void Load_HugeFile_IndexedByNameOnly()
    {
        using var temp = new TempVault();
        string path = temp.Write("huge.md", string.Empty);
        using (var stream = File.OpenWrite(path))
        {
            stream.SetLength(NoteReader.MaxNoteBytes + 1);
        }

        temp.Write("src.md", "[[huge]]");

        VaultSnapshot vault = VaultLoader.Load(temp.RootPath);

        Assert.Equal(DiagnosticCodes.FileTooLarge.Code, Assert.Single(vault.FindNote("huge.md")!.FileDiagnostics).Code);
        Assert.Empty(VaultFixture.CheckLinks(vault, vault.FindNote("src.md")!));
    }

    [Fact]
    public void Load_MissingFolder_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => VaultLoader.Load(Path.Combine(Path.GetTempPath(), "notelsp-missing-" + Guid.NewGuid())));
    }
}
