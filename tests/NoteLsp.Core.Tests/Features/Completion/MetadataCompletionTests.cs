using NoteLsp.Core.Config;
using NoteLsp.Core.Features.Completion;
using NoteLsp.Core.Metadata;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Tests.Features.Completion;

public class MetadataCompletionTests
{
    private static readonly CompletionOptions Options = new(new DateOnly(2025, 12, 26));

    private static (CompletionList List, string Text) Complete(FeatureVault builder, string path = "current.md")
    {
        VaultSnapshot vault = builder.Build();
        Note note = vault.FindNote(path)!;
        return (CompletionService.Complete(vault, note, builder.Cursor(path), Options), note.Text.Content);
    }

    private static FeatureVault TaggedVault(string current) => new FeatureVault()
        .Note("current.md", current)
        .Note("a.md", "---\ntags: [concept, docker, status/learned]\nstatus: learning\n---\n# A\n")
        .Note("b.md", "# B\n\n## 📋 Metadata\n\n```yaml\ntags: [concept, docker, containers]\nstatus: learning\n```\n")
        .Note("c.md", "---\ntags:\n  - concept\n  - kubernetes\nstatus: mastered\n---\n")
        .Note("broken.md", "---\ntags: [unclosed\n---\n");

    [Fact]
    public void Tags_FlowList_ProposesVaultTagsByUse()
    {
        var (list, text) = Complete(TaggedVault("---\ntags: [$$]\n---\n"));

        Assert.Equal(["concept", "docker", "containers", "kubernetes", "status/learned"], list.Items.Select(i => i.Label));
        Assert.Equal("3 notes", list.Items[0].Detail);
        Assert.Equal(CompletionItemKind.Tag, list.Items[0].Kind);
        Assert.Equal("---\ntags: [concept]\n---\n", FeatureVault.Apply(text, list.Items[0].ReplaceSpan, list.Items[0].NewText));
    }

    [Fact]
    public void Tags_SecondItem_SkipsListedTagsAndReplacesToken()
    {
        var (list, text) = Complete(TaggedVault("---\ntags: [concept, sta$$tus, docker]\n---\n"));

        CompletionItem item = Assert.Single(list.Items);
        Assert.Equal("status/learned", item.Label);
        Assert.Equal("---\ntags: [concept, status/learned, docker]\n---\n", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText));
        Assert.Equal("---\ntags: [concept, status/learnedtus, docker]\n---\n", FeatureVault.Apply(text, item.InsertSpan, item.NewText));
    }

    [Fact]
    public void Tags_MetadataSectionBlockList_ProposesTags()
    {
        var (list, text) = Complete(TaggedVault("# Note\n\n## 📋 Metadata\n\n```yaml\ntags:\n  - kub$$\n```\n"));

        CompletionItem item = Assert.Single(list.Items);
        Assert.Equal("# Note\n\n## 📋 Metadata\n\n```yaml\ntags:\n  - kubernetes\n```\n", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText));
    }

    [Fact]
    public void Tags_AfterEmojiInBlock_ReplaceSpanIsUtf16()
    {
        var (list, text) = Complete(TaggedVault("---\ntitle: 🐳 Whales\ntags: [🐳, dock$$]\n---\n"));

        CompletionItem item = Assert.Single(list.Items);
        Assert.Equal("---\ntitle: 🐳 Whales\ntags: [🐳, docker]\n---\n", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText));
    }

    [Fact]
    public void Keys_EmptyLine_ProposesMissingKeysWithDocumentation()
    {
        var (list, text) = Complete(TaggedVault("---\ntags: [concept]\n$$\n---\n"));

        Assert.Equal(["created", "difficulty", "time-to-master", "title", "aliases", "status"], list.Items.Select(i => i.Label));
        CompletionItem difficulty = list.Items[1];
        Assert.Equal(CompletionItemKind.MetadataKey, difficulty.Kind);
        Assert.Contains("(3/5)", difficulty.Documentation);
        Assert.Equal("---\ntags: [concept]\ndifficulty: \n---\n", FeatureVault.Apply(text, difficulty.ReplaceSpan, difficulty.NewText));
    }

    [Fact]
    public void Keys_Typed_FiltersAndKeepsExistingColon()
    {
        var (list, text) = Complete(TaggedVault("---\ntime$$: 2h\n---\n"));

        CompletionItem item = Assert.Single(list.Items);
        Assert.Equal("---\ntime-to-master: 2h\n---\n", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText));
    }

    [Fact]
    public void Difficulty_Value_ProposesFiveStarValues()
    {
        var (list, text) = Complete(TaggedVault("---\ndifficulty: $$\n---\n"));

        Assert.Equal(["⭐ (1/5)", "⭐⭐ (2/5)", "⭐⭐⭐ (3/5)", "⭐⭐⭐⭐ (4/5)", "⭐⭐⭐⭐⭐ (5/5)"], list.Items.Select(i => i.Label));
        Assert.Equal("\u2B50\u2B50\u2B50 (3/5)", list.Items[2].NewText);
        Assert.Equal("---\ndifficulty: ⭐⭐⭐ (3/5)\n---\n", FeatureVault.Apply(text, list.Items[2].ReplaceSpan, list.Items[2].NewText));
    }

    [Fact]
    public void Difficulty_ExistingValue_IsReplacedWhole()
    {
        var (list, text) = Complete(TaggedVault("---\ndifficulty: ⭐$$ (1/5)\n---\n"));

        Assert.Equal(5, list.Items.Count);
        Assert.Equal("---\ndifficulty: ⭐⭐ (2/5)\n---\n", FeatureVault.Apply(text, list.Items[1].ReplaceSpan, list.Items[1].NewText));
    }

    [Fact]
    public void Duration_Typed_FiltersDurations()
    {
        var (list, _) = Complete(TaggedVault("---\ntime-to-master: h$$\n---\n"));

        Assert.Equal(["1h", "1h30min", "2h", "3h"], list.Items.Select(i => i.Label));
    }

    [Fact]
    public void Created_Value_ProposesToday()
    {
        var (list, text) = Complete(TaggedVault("# N\n\n## Metadata\n\n```yaml\ncreated: $$\n```\n"));

        CompletionItem item = Assert.Single(list.Items);
        Assert.Equal(CompletionItemKind.Date, item.Kind);
        Assert.Equal("# N\n\n## Metadata\n\n```yaml\ncreated: 2025-12-26\n```\n", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText));
    }

    [Fact]
    public void Status_Value_ProposesValuesOfOtherNotes()
    {
        var (list, _) = Complete(TaggedVault("---\nstatus: $$\n---\n"));

        Assert.Equal(["learning", "mastered"], list.Items.Select(i => i.Label));
    }

    [Fact]
    public void StatsBlock_IsNotMetadata()
    {
        var (list, _) = Complete(TaggedVault("# N\n\n## 📊 Stats\n\n```yaml\ntags: [$$]\n```\n"));

        Assert.Empty(list.Items);
    }

    [Fact]
    public void LinkInsideYamlValue_CompletesNotes()
    {
        var (list, text) = Complete(TaggedVault("# N\n\n## 📊 Stats\n\n```yaml\nUsed in: [[b$$\n```\n"));

        CompletionItem item = Assert.Single(list.Items, i => i.Label == "b");
        Assert.Equal("# N\n\n## 📊 Stats\n\n```yaml\nUsed in: [[b]]\n```\n", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText));
    }

    [Fact]
    public void OutsideBlock_ReturnsNothing()
    {
        var (list, _) = Complete(TaggedVault("---\ntags: [concept]\n---\ntags: [$$\n"));

        Assert.Empty(list.Items);
    }

    [Fact]
    public void Keys_VaultSchema_ProposesItsFieldsAndEnumValues()
    {
        var schema = new MetadataSchema("project", [
            new FieldRule("state", FieldType.Enum, Required: true, AllowedValues: ["draft", "review", "done"]),
            new FieldRule("reviewed", FieldType.Boolean),
        ], UnknownFieldPolicy.Warn);
        VaultConfig config = VaultConfig.Default with { Metadata = new MetadataSettings(schema, []) };
        FeatureVault keysBuilder = TaggedVault("---\n$$\n---\n");
        FeatureVault valuesBuilder = TaggedVault("---\nstate: d$$\n---\n");

        VaultSnapshot keysVault = keysBuilder.Build().WithConfig(config);
        CompletionList keys = CompletionService.Complete(keysVault, keysVault.FindNote("current.md")!, keysBuilder.Cursor("current.md"), Options);
        VaultSnapshot valuesVault = valuesBuilder.Build().WithConfig(config);
        CompletionList values = CompletionService.Complete(valuesVault, valuesVault.FindNote("current.md")!, valuesBuilder.Cursor("current.md"), Options);

        Assert.Equal(["state", "reviewed"], keys.Items.Select(i => i.Label));
        Assert.Equal("One of draft, review, done. Required.", keys.Items[0].Documentation);
        Assert.Equal(["draft", "done"], values.Items.Select(i => i.Label));
    }

    [Fact]
    public void Keys_DefaultSchema_MarksRequiredKeys()
    {
        var (list, _) = Complete(TaggedVault("---\ncre$$\n---\n"));

        CompletionItem item = Assert.Single(list.Items);
        Assert.Equal("The date the note was created, as `YYYY-MM-DD`. Required.", item.Documentation);
    }

    [Fact]
    public void Tags_BlockList_SkipsItemsOnOtherLines()
    {
        var (list, _) = Complete(TaggedVault("---\ntags:\n  - docker\n  - $$\n  - concept\n---\n"));

        Assert.Equal(["containers", "kubernetes", "status/learned"], list.Items.Select(i => i.Label));
    }
}
