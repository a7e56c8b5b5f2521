using System.Text.Json;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Tests.Infrastructure;
using NoteLsp.TestKit;
using Xunit.Abstractions;

namespace NoteLsp.Server.Tests.Features;

public sealed class CompletionHandlerTests(ITestOutputHelper output)
{
    private static readonly object InsertReplaceClient = new { textDocument = new { completion = new { completionItem = new { insertReplaceSupport = true } } } };

    private static object Request(string uri, Position position, string? trigger = null) => new
    {
        textDocument = new { uri },
        position,
        context = trigger is null ? (object)new { triggerKind = 1 } : new { triggerKind = 2, triggerCharacter = trigger },
    };

    private static JsonElement FindItem(JsonElement list, string label) =>
        list.GetProperty("items").EnumerateArray().First(i => i.GetProperty("label").GetString() == label);

    private static Position CursorPosition(Markup markup)
    {
        var position = Core.Text.SourceText.From(markup.Text).GetLinePosition(markup.Cursor!.Value);
        return new Position(position.Line, position.Character);
    }

    private static Position ReadPosition(JsonElement element) =>
        new(element.GetProperty("line").GetInt32(), element.GetProperty("character").GetInt32());

    [Fact]
    public async Task Initialize_AdvertisesCompletionAndRename()
    {
        using var vault = new TempVault();
        await using var client = LspTestClient.Start(output);

        InitializeResult result = await client.InitializeAsync(vault.RootUri());

        JsonElement capabilities = JsonSerializer.SerializeToElement(result.Capabilities, Rpc.LspConnection.SerializerOptions);
        Assert.Equal(["[", "#", "^", "|"], capabilities.GetProperty("completionProvider").GetProperty("triggerCharacters").EnumerateArray().Select(e => e.GetString()));
        Assert.True(capabilities.GetProperty("renameProvider").GetProperty("prepareProvider").GetBoolean());
        JsonElement fileOperations = capabilities.GetProperty("workspace").GetProperty("fileOperations");
        Assert.Equal("**/*", fileOperations.GetProperty("willRename").GetProperty("filters")[0].GetProperty("pattern").GetProperty("glob").GetString());
        Assert.True(fileOperations.TryGetProperty("didRename", out _));
    }

    [Fact]
    public async Task Completion_AfterEmoji_ReturnsInsertReplaceEditInUtf16()
    {
        using var vault = new TempVault();
        vault.Write("docker/docker-why-containers.md", "# Why Containers? - Docker\n");
        var markup = Markup.Parse("# Note\n\n🎯 See [[docker-wh$$y]] here\n");
        string uri = vault.WriteNote("note.md", markup.Text);
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri(), InsertReplaceClient);
        await client.OpenAsync(uri, markup.Text);

        JsonElement list = await client.RequestAsync<JsonElement>(Methods.TextDocumentCompletion, Request(uri, CursorPosition(markup)));

        JsonElement item = FindItem(list, "docker-why-containers");
        Assert.False(list.GetProperty("isIncomplete").GetBoolean());
        Assert.Equal(17, item.GetProperty("kind").GetInt32());
        Assert.Equal("Why Containers? - Docker", item.GetProperty("detail").GetString());
        Assert.Equal("docker/", item.GetProperty("labelDetails").GetProperty("description").GetString());
        JsonElement edit = item.GetProperty("textEdit");
        Assert.Equal("docker-why-containers", edit.GetProperty("newText").GetString());
        Assert.Equal(new Position(2, 9), ReadPosition(edit.GetProperty("insert").GetProperty("start")));
        Assert.Equal(new Position(2, 18), ReadPosition(edit.GetProperty("insert").GetProperty("end")));
        Assert.Equal(new Position(2, 19), ReadPosition(edit.GetProperty("replace").GetProperty("end")));
    }

    [Fact]
    public async Task Completion_ClientWithoutInsertReplace_ReturnsTextEditOverReplaceRange()
    {
        using var vault = new TempVault();
        vault.Write("target.md", "# Target\n");
        string uri = vault.WriteNote("note.md", "[[tar\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri());

        JsonElement list = await client.RequestAsync<JsonElement>(Methods.TextDocumentCompletion, Request(uri, new Position(0, 5), "["));

        JsonElement edit = FindItem(list, "target").GetProperty("textEdit");
        Assert.Equal("target]]", edit.GetProperty("newText").GetString());
        Assert.Equal(new Position(0, 2), ReadPosition(edit.GetProperty("range").GetProperty("start")));
        Assert.Equal(new Position(0, 5), ReadPosition(edit.GetProperty("range").GetProperty("end")));
        Assert.False(edit.TryGetProperty("insert", out _));
    }

    [Fact]
    public async Task Completion_MetadataKey_CarriesMarkdownDocumentation()
    {
        using var vault = new TempVault();
        string text = "---\ntags: [concept]\ndiff\n---\n# Note\n";
        string uri = vault.WriteNote("note.md", text);
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri(), InsertReplaceClient);
        await client.OpenAsync(uri, text);

        JsonElement list = await client.RequestAsync<JsonElement>(Methods.TextDocumentCompletion, Request(uri, new Position(2, 4)));

        JsonElement item = FindItem(list, "difficulty");
        Assert.Equal("markdown", item.GetProperty("documentation").GetProperty("kind").GetString());
        Assert.Contains("(3/5)", item.GetProperty("documentation").GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completion_AfterEdit_SeesNewText()
    {
        using var vault = new TempVault();
        vault.Write("alpha.md", "# Alpha\n\n## Part One\n");
        string uri = vault.WriteNote("note.md", "\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri(), InsertReplaceClient);
        await client.OpenAsync(uri, "\n");
        await client.ChangeAsync(uri, 2, LspTestClient.Edit(0, 0, 0, 0, "[[alpha#"));

        JsonElement list = await client.RequestAsync<JsonElement>(Methods.TextDocumentCompletion, Request(uri, new Position(0, 8), "#"));

        Assert.Equal(["Alpha", "Part One"], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task Completion_UnknownDocument_ReturnsEmptyList()
    {
        using var vault = new TempVault();
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri());

        JsonElement list = await client.RequestAsync<JsonElement>(Methods.TextDocumentCompletion, Request(vault.UriOf("missing.md"), new Position(0, 0)));

        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }
}
