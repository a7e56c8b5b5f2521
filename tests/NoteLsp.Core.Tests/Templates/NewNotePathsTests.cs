using NoteLsp.Core.Config;
using NoteLsp.Core.Templates;

namespace NoteLsp.Core.Tests.Templates;

public sealed class NewNotePathsTests
{
    [Theory]
    [InlineData("docker-images-layers", "", "docker-images-layers.md")]
    [InlineData("2025-12-glasck-deployment/learnings", "", "2025-12-glasck-deployment/learnings.md")]
    [InlineData("notes.md", "", "notes.md")]
    [InlineData("Docker Images", "", "Docker Images.md")]
    [InlineData("a%20b", "", "a b.md")]
    [InlineData("./tasks", "projects", "projects/tasks.md")]
    [InlineData("../ideas", "projects/2026", "projects/ideas.md")]
    [InlineData("folder\\name", "", "folder/name.md")]
    [InlineData("v1.2 notes", "", "v1.2 notes.md")]
    public void TryGetPath_ValidTarget_ReturnsPath(string target, string sourceFolder, string expected)
    {
        string? path = NewNotePaths.TryGetPath(target, sourceFolder, TemplateSettings.Default, VaultConfig.Default, out string? error);

        Assert.Null(error);
        Assert.Equal(expected, path);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a/../../x")]
    [InlineData("/abs/path")]
    [InlineData("//server/share/x")]
    [InlineData("C:\\notes\\x")]
    [InlineData("d:x")]
    [InlineData("file:///tmp/x")]
    [InlineData("~/x")]
    [InlineData("image.PNG")]
    [InlineData("scan.pdf")]
    [InlineData("NUL")]
    [InlineData("lpt1.txt")]
    [InlineData("folder/com3")]
    [InlineData("a*b")]
    [InlineData("quote\"d")]
    [InlineData("ends-with-dot.")]
    [InlineData("folder./x")]
    [InlineData(".git/config")]
    [InlineData("tab\there")]
    [InlineData("   ")]
    public void TryGetPath_TargetThatCannotBeANote_ReturnsError(string target)
    {
        string? path = NewNotePaths.TryGetPath(target, "", TemplateSettings.Default, VaultConfig.Default, out string? error);

        Assert.Null(path);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void TryGetPath_TooLongName_ReturnsError()
    {
        string name = new('é', 130);

        Assert.Null(NewNotePaths.TryGetPath(name, "", TemplateSettings.Default, VaultConfig.Default, out _));
    }

    [Fact]
    public void TryGetPath_IgnoredFolder_ReturnsError()
    {
        var config = new VaultConfig([new Glob("drafts/")], []);

        Assert.Null(NewNotePaths.TryGetPath("drafts/idea", "", TemplateSettings.Default, config, out string? error));
        Assert.Contains("ignored", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryGetPath_NewNoteFolderAndSlug_AppliesBoth()
    {
        TemplateSettings settings = TemplateSettings.Default with { NewNoteFolder = "inbox", Slug = true };

        Assert.Equal("inbox/docker/images-layers.md", NewNotePaths.TryGetPath("Docker/Images  Layers", "", settings, VaultConfig.Default, out _));
    }
}
