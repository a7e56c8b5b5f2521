using NoteLsp.Core.Links;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Links;

public class LinkResolverTests
{
    private static LinkResolution ResolveIn(VaultSnapshot vault, string sourcePath, int linkIndex = 0)
    {
        Note source = vault.FindNote(sourcePath)!;
        return LinkResolver.Resolve(vault, source, source.Links[linkIndex]);
    }

    [Theory]
    [InlineData("[[target]]")]
    [InlineData("[[Target]]")]
    [InlineData("[[TARGET.md]]")]
    [InlineData("[[ target ]]")]
    [InlineData("[[target|alias]]")]
    public void Resolve_NameVariants_ResolveToNote(string link)
    {
        var vault = VaultFixture.Create(("src.md", link), ("deep/target.md", "# T"));

        LinkResolution resolution = ResolveIn(vault, "src.md");

        Assert.Equal(LinkResolutionKind.Resolved, resolution.Kind);
        Assert.Equal("deep/target.md", resolution.TargetPath);
    }

    [Fact]
    public void Resolve_PercentEncodedSpace_Decodes()
    {
        var vault = VaultFixture.Create(("src.md", "[[My%20Note]]"), ("My Note.md", ""));

        Assert.Equal("My Note.md", ResolveIn(vault, "src.md").TargetPath);
    }

    [Fact]
    public void Resolve_NfdTarget_MatchesNfcFileName()
    {
        string nfd = "Cafe\u0301";
        var vault = VaultFixture.Create(("src.md", $"[[{nfd}]]"), ("Caf\u00E9.md", ""));

        Assert.Equal("Caf\u00E9.md", ResolveIn(vault, "src.md").TargetPath);
    }

    [Theory]
    [InlineData("[[b/name]]", "a/b/name.md")]
    [InlineData("[[a/b/name]]", "a/b/name.md")]
    [InlineData("[[c/name]]", "c/name.md")]
    [InlineData("[[a\\b\\name]]", "a/b/name.md")]
    [InlineData("[[/c/name]]", "c/name.md")]
    public void Resolve_PathQualified_MatchesTrailingSegments(string link, string expected)
    {
        var vault = VaultFixture.Create(("src.md", link), ("a/b/name.md", ""), ("c/name.md", ""));

        LinkResolution resolution = ResolveIn(vault, "src.md");

        Assert.Equal(LinkResolutionKind.Resolved, resolution.Kind);
        Assert.Equal(expected, resolution.TargetPath);
    }

    [Theory]
    [InlineData("[[./sibling]]", "x/sibling.md")]
    [InlineData("[[../top]]", "top.md")]
    public void Resolve_Relative_IsRelativeToLinkingNote(string link, string expected)
    {
        var vault = VaultFixture.Create(("x/src.md", link), ("x/sibling.md", ""), ("top.md", ""), ("y/sibling.md", ""));

        Assert.Equal(expected, ResolveIn(vault, "x/src.md").TargetPath);
    }

    [Fact]
    public void Resolve_RelativeOutsideVault_IsUnresolved()
    {
        var vault = VaultFixture.Create(("src.md", "[[../../outside]]"), ("outside.md", ""));

        Assert.Equal(LinkResolutionKind.Unresolved, ResolveIn(vault, "src.md").Kind);
    }

    [Fact]
    public void Resolve_RootSlashDoesNotMatchSubfolder()
    {
        var vault = VaultFixture.Create(("src.md", "[[/name]]"), ("sub/name.md", ""));

        Assert.Equal(LinkResolutionKind.Unresolved, ResolveIn(vault, "src.md").Kind);
    }

    [Fact]
    public void Resolve_SameNameInTwoFolders_PrefersLinkingFolderAndListsCandidates()
    {
        var vault = VaultFixture.Create(("b/src.md", "[[dup]]"), ("a/dup.md", ""), ("b/dup.md", ""));

        LinkResolution resolution = ResolveIn(vault, "b/src.md");

        Assert.Equal(LinkResolutionKind.Ambiguous, resolution.Kind);
        Assert.Equal("b/dup.md", resolution.TargetPath);
        Assert.Equal(["b/dup.md", "a/dup.md"], resolution.Candidates);
    }

    [Fact]
    public void Resolve_Ambiguous_ShortestPathThenAlphabetical()
    {
        var vault = VaultFixture.Create(("src.md", "[[dup]]"), ("zz/dup.md", ""), ("aa/dup.md", ""), ("a/b/dup.md", ""));

        LinkResolution resolution = ResolveIn(vault, "src.md");

        Assert.Equal(["aa/dup.md", "zz/dup.md", "a/b/dup.md"], resolution.Candidates);
    }

    [Fact]
    public void Resolve_ExactVaultPath_IsNotAmbiguous()
    {
        var vault = VaultFixture.Create(("src.md", "[[dup]] [[b/dup]]"), ("dup.md", ""), ("b/dup.md", ""));

        LinkResolution bare = ResolveIn(vault, "src.md", 0);
        LinkResolution qualified = ResolveIn(vault, "src.md", 1);

        Assert.Equal((LinkResolutionKind.Resolved, "dup.md"), (bare.Kind, bare.TargetPath));
        Assert.Equal((LinkResolutionKind.Resolved, "b/dup.md"), (qualified.Kind, qualified.TargetPath));
    }

    [Theory]
    [InlineData("[[t#Second Part]]", FragmentStatus.Found)]
    [InlineData("[[t#second part]]", FragmentStatus.Found)]
    [InlineData("[[t#second-part]]", FragmentStatus.Found)]
    [InlineData("[[t#tldr-30-seconds]]", FragmentStatus.Found)]
    [InlineData("[[t#🎯 TL;DR (30 seconds)]]", FragmentStatus.Found)]
    [InlineData("[[t#First#Second Part]]", FragmentStatus.Found)]
    [InlineData("[[t#Missing]]", FragmentStatus.HeadingMissing)]
    [InlineData("[[t#^blk]]", FragmentStatus.Found)]
    [InlineData("[[t#^nope]]", FragmentStatus.BlockMissing)]
    public void Resolve_Fragment_MatchesHeadingTextSlugOrBlock(string link, FragmentStatus expected)
    {
        string target = VaultFixture.Lines("# First", "## 🎯 TL;DR (30 seconds)", "## Second Part", "para ^blk");
        var vault = VaultFixture.Create(("src.md", link), ("t.md", target));

        Assert.Equal(expected, ResolveIn(vault, "src.md").Fragment);
    }

    [Fact]
    public void Resolve_SelfHeading_StaysInNote()
    {
        var vault = VaultFixture.Create(("src.md", "# Top\n[[#Top]] [[#Nope]]"));

        LinkResolution found = ResolveIn(vault, "src.md", 0);
        LinkResolution missing = ResolveIn(vault, "src.md", 1);

        Assert.Equal(("src.md", FragmentStatus.Found), (found.TargetPath, found.Fragment));
        Assert.Equal(FragmentStatus.HeadingMissing, missing.Fragment);
    }

    [Fact]
    public void Resolve_AliasOnly_NamesHolder()
    {
        var vault = VaultFixture.Create(("src.md", "[[Docker Basics]]"), ("docker-why.md", "---\naliases: [Docker Basics]\n---\n"));

        LinkResolution resolution = ResolveIn(vault, "src.md");

        Assert.Equal(LinkResolutionKind.AliasOnly, resolution.Kind);
        Assert.Equal(["docker-why.md"], resolution.Candidates);
    }

    [Theory]
    [InlineData("![[diagram.png]]", "img/diagram.png")]
    [InlineData("![[img/diagram.png]]", "img/diagram.png")]
    [InlineData("[[manual.pdf]]", "manual.pdf")]
    public void Resolve_Attachment_ByNameWithExtension(string link, string expected)
    {
        var vault = VaultFixture.Create(("src.md", link), ("img/diagram.png", ""), ("manual.pdf", ""));

        LinkResolution resolution = ResolveIn(vault, "src.md");

        Assert.True(resolution.IsAttachment);
        Assert.Equal(expected, resolution.TargetPath);
    }

    [Theory]
    [InlineData("[[ ]]")]
    [InlineData("[[|alias]]")]
    [InlineData("[[#]]")]
    public void Resolve_NoTarget_IsEmpty(string link)
    {
        var vault = VaultFixture.Create(("src.md", link));

        Assert.Equal(LinkResolutionKind.Empty, ResolveIn(vault, "src.md").Kind);
    }
}
