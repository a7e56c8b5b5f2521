using System.Text;
using NoteLsp.Core.Edits;
using NoteLsp.Core.Features.CodeActions;
using NoteLsp.Core.Text;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Features.CodeActions;

public sealed class VaultEditApplierTests
{
    [Theory]
    [InlineData("note.md")]
    [InlineData("NOTE.md")]
    [InlineData("Note.MD")]
    public void Apply_CreateOverExistingNameInAnyCase_SkipsAndKeepsFile(string newName)
    {
        using var vault = new TempVault();
        vault.Write("Note.md", "original");

        VaultEditResult result = vault.Apply(new VaultEdit([new CreateFile(newName, "replacement")]));

        Assert.True(result.Succeeded);
        Assert.Equal([newName], result.Skipped);
        Assert.Empty(result.Created);
        Assert.Equal(["Note.md"], vault.Files());
        Assert.Equal("original", vault.Read("Note.md"));
    }

    [Fact]
    public void Apply_CreateOverNameInOtherNormalizationForm_NeverReplacesFile()
    {
        using var vault = new TempVault();
        string decomposed = "cafe\u0301.md";
        string composed = "caf\u00E9.md";
        vault.Write(decomposed, "original");

        vault.Apply(new VaultEdit([new CreateFile(composed, "replacement")]));

        Assert.Equal("original", vault.Read(decomposed));
    }

    [NormalizationFact]
    public void Apply_CreateOverNameInOtherNormalizationForm_SkipsCreation()
    {
        using var vault = new TempVault();
        string decomposed = "cafe\u0301.md";
        string composed = "caf\u00E9.md";
        vault.Write(decomposed, "original");

        VaultEditResult result = vault.Apply(new VaultEdit([new CreateFile(composed, "replacement")]));

        Assert.Equal([composed], result.Skipped);
        Assert.Equal([decomposed], vault.Files());
    }

    [Theory]
    [InlineData("../outside.md")]
    [InlineData("a/../../outside.md")]
    [InlineData("/outside.md")]
    [InlineData("C:/outside.md")]
    [InlineData("a\\..\\..\\outside.md")]
    [InlineData("")]
    public void Apply_PathOutsideVault_WritesNothing(string path)
    {
        using var vault = new TempVault();
        string outside = Path.Combine(Path.GetDirectoryName(vault.RootPath)!, "outside.md");

        VaultEditResult result = vault.Apply(new VaultEdit([new CreateFile("inside.md", "x"), new CreateFile(path, "escaped")]));

        Assert.False(result.Succeeded);
        Assert.Empty(vault.Files());
        Assert.False(File.Exists(outside));
    }

    [Fact]
    public void Apply_FolderIsSymbolicLinkOutOfVault_WritesNothing()
    {
        using var vault = new TempVault();
        using var outside = new TempVault();
        Directory.CreateSymbolicLink(vault.FullPath("linked"), outside.RootPath);

        VaultEditResult result = vault.Apply(new VaultEdit([new CreateFile("linked/escaped.md", "x")]));

        Assert.False(result.Succeeded);
        Assert.Empty(outside.Files());
    }

    [Fact]
    public void Apply_TextEdits_ReplaceSpansAndKeepByteOrderMark()
    {
        using var vault = new TempVault();
        File.WriteAllText(vault.FullPath("note.md"), "One two three\r\n", new UTF8Encoding(true));

        VaultEditResult result = vault.Apply(new VaultEdit([new NoteTextEdits("note.md", [new NoteTextEdit(new TextSpan(4, 7), "2"), new NoteTextEdit(new TextSpan(0, 3), "1")])]));

        Assert.True(result.Succeeded, result.Error);
        byte[] bytes = File.ReadAllBytes(vault.FullPath("note.md"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("1 2 three\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Apply_OverlappingTextEdits_ChangesNothing()
    {
        using var vault = new TempVault();
        vault.Write("note.md", "One two three");

        VaultEditResult result = vault.Apply(new VaultEdit([new NoteTextEdits("note.md", [new NoteTextEdit(new TextSpan(0, 5), "x"), new NoteTextEdit(new TextSpan(3, 7), "y")])]));

        Assert.False(result.Succeeded);
        Assert.Equal("One two three", vault.Read("note.md"));
    }
}

/// <summary>
/// A fact that is skipped when the runtime cannot normalize Unicode: with InvariantGlobalization on
/// Linux, string.Normalize returns its input, so names in NFC and NFD never compare equal.
/// </summary>
public sealed class NormalizationFactAttribute : FactAttribute
{
    public NormalizationFactAttribute()
    {
        if ("e\u0301".Normalize(NormalizationForm.FormC).Length != 1)
        {
            Skip = "Skipped: string.Normalize is a no-op on this runtime (InvariantGlobalization), so names that differ only in Unicode normalization are not matched.";
        }
    }
}
