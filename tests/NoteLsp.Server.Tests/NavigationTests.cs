using System.Text.Json;
using NoteLsp.Core.Text;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Tests.Infrastructure;
using NoteLsp.TestKit;
using Xunit.Abstractions;

namespace NoteLsp.Server.Tests;

/// <summary>Navigation requests on a small temp vault, driven through the real server.</summary>
public sealed class NavigationTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const string TargetText = """
        {|# Why Containers? - Docker|}

        ## 📋 Metadata

        ```yaml
        tags: [concept, docker]
        difficulty: ⭐ (1/5)
        time-to-master: 30min
        ```

        {|## 🎯 TL;DR (30 seconds)|}

        > Containers package an application with its dependencies.

        ## Pitfalls

        Ports are not published by default. ^ports

        **Next review**: 2026-01-26 (+1 month)
        """;

    private readonly TempVault _vault = new();
    private LspTestClient _client = null!;

    public async Task InitializeAsync()
    {
        _vault.Write("docker-why-containers.md", Markup.Parse(TargetText).Text);
        _client = LspTestClient.Start(output, new ServerOptions { Today = () => new DateOnly(2026, 1, 20) });
        await _client.InitializeAsync(_vault.RootUri());
    }

    public async Task DisposeAsync() => await _client.DisposeAsync();

    public void Dispose() => _vault.Dispose();

    [Fact]
    public async Task Definition_OnLink_LandsOnTargetNote()
    {
        string uri = await OpenAsync("index.md", "# Index\n\nSee [[docker-why-$$containers]].\n");

        Location[] locations = await RequestAtAsync<Location[]>(Methods.TextDocumentDefinition, uri);

        Location location = Assert.Single(locations);
        Assert.Equal(_vault.UriOf("docker-why-containers.md"), location.Uri);
        Assert.Equal(new Position(0, 0), location.Range.Start);
    }

    [Fact]
    public async Task Definition_OnHeadingLink_LandsOnHeading()
    {
        string uri = await OpenAsync("index.md", "# Index\n\n[[docker-why-containers#tldr-30-$$seconds]]\n");
        Markup target = Markup.Parse(TargetText);

        Location[] locations = await RequestAtAsync<Location[]>(Methods.TextDocumentDefinition, uri);

        Location location = Assert.Single(locations);
        Assert.Equal(ToRange(target.Text, target.Spans[1]), location.Range);
    }

    [Fact]
    public async Task Definition_OnSameNoteHeadingLink_StaysInNote()
    {
        var markup = Markup.Parse("# Index\n\n{|## Later|}\n\nBack to [[#La$$ter]].\n");
        string uri = await OpenMarkupAsync("index.md", markup);

        Location[] locations = await _client.RequestAsync<Location[]>(Methods.TextDocumentDefinition, PositionParams(uri, markup));

        Location location = Assert.Single(locations);
        Assert.Equal(uri, location.Uri);
        Assert.Equal(ToRange(markup.Text, markup.Spans[0]), location.Range);
    }

    [Fact]
    public async Task Definition_OnBrokenLink_ReturnsEmpty()
    {
        string uri = await OpenAsync("index.md", "# Index\n\n[[no-su$$ch-note]]\n");

        Location[] locations = await RequestAtAsync<Location[]>(Methods.TextDocumentDefinition, uri);

        Assert.Empty(locations);
    }

    [Fact]
    public async Task References_OnTitle_ListsEveryBacklinkWithEmbeds()
    {
        var first = Markup.Parse("# First\n\n{|[[docker-why-containers]]|} and {|![[docker-why-containers]]|}\n");
        var second = Markup.Parse("# Second\n\n{|[[docker-why-containers#Pitfalls|pitfalls]]|}\n");
        await OpenMarkupAsync("first.md", first);
        await OpenMarkupAsync("sub/second.md", second);
        string target = await OpenAsync("docker-why-containers.md", "# Why Con$$tainers? - Docker\n\n" + Markup.Parse(TargetText).Text[27..]);

        Location[] locations = await RequestAtAsync<Location[]>(Methods.TextDocumentReferences, target, new { includeDeclaration = false });

        Assert.Equal(3, locations.Length);
        Assert.Equal(_vault.UriOf("first.md"), locations[0].Uri);
        Assert.Equal(ToRange(first.Text, first.Spans[0]), locations[0].Range);
        Assert.Equal(ToRange(first.Text, first.Spans[1]), locations[1].Range);
        Assert.Equal(_vault.UriOf("sub/second.md"), locations[2].Uri);
        Assert.Equal(ToRange(second.Text, second.Spans[0]), locations[2].Range);
    }

    [Fact]
    public async Task References_OnHeadingLink_ListsOnlyLinksToThatHeading()
    {
        var first = Markup.Parse("# First\n\n[[docker-why-containers]] and {|[[docker-why-containers#Pitfalls]]|}\n");
        string uri = await OpenMarkupAsync("first.md", first);
        var asker = Markup.Parse("# Asker\n\n{|[[docker-why-containers#Pit$$falls]]|}\n");
        string askerUri = await OpenMarkupAsync("asker.md", asker);

        Location[] locations = await _client.RequestAsync<Location[]>(
            Methods.TextDocumentReferences,
            new { textDocument = new { uri = askerUri }, position = ToPosition(asker), context = new { includeDeclaration = false } });

        Assert.Equal(2, locations.Length);
        Assert.Contains(locations, l => l.Uri == askerUri);
        Assert.Contains(locations, l => l.Uri == uri && l.Range == ToRange(first.Text, first.Spans[0]));
    }

    [Fact]
    public async Task Hover_OnLink_ShowsTitleMetadataAndTldr()
    {
        string uri = await OpenAsync("index.md", "# Index\n\n[[docker-why-$$containers]]\n");

        Hover hover = await RequestAtAsync<Hover>(Methods.TextDocumentHover, uri);

        Assert.Equal("markdown", hover.Contents.Kind);
        Assert.Contains("**Why Containers? - Docker**", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("Difficulty ⭐ (1/5)", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("Time to master 30min", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("Tags concept, docker", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("Containers package an application", hover.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_OnHeadingFragment_ShowsThatSection()
    {
        string uri = await OpenAsync("index.md", "# Index\n\n[[docker-why-containers#Pit$$falls]]\n");

        Hover hover = await RequestAtAsync<Hover>(Methods.TextDocumentHover, uri);

        Assert.Contains("Ports are not published", hover.Contents.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("Containers package an application", hover.Contents.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-01-26", "Review due in 6 days")]
    [InlineData("2026-01-20", "Review due today")]
    [InlineData("2026-01-10", "Review overdue by 10 days")]
    public async Task Hover_OnNextReviewDate_ShowsDaysUntilDue(string date, string expected)
    {
        string uri = await OpenAsync("review.md", $"# Review\n\n**Next review**: {date[..4]}$${date[4..]} (+1 month)\n");

        Hover hover = await RequestAtAsync<Hover>(Methods.TextDocumentHover, uri);

        Assert.Equal(expected, hover.Contents.Value);
    }

    [Fact]
    public async Task DocumentSymbol_ReturnsNestedOutline()
    {
        string uri = await OpenAsync("outline.md", "# Title\n\n## A\n\n### A1\n\n## B\n");

        DocumentSymbol[] symbols = await _client.RequestAsync<DocumentSymbol[]>(Methods.TextDocumentDocumentSymbol, new { textDocument = new { uri } });

        DocumentSymbol title = Assert.Single(symbols);
        Assert.Equal("Title", title.Name);
        Assert.Equal(["A", "B"], title.Children!.Select(c => c.Name));
        Assert.Equal("A1", Assert.Single(title.Children![0].Children!).Name);
        Assert.Null(title.Children[1].Children);
    }

    [Fact]
    public async Task WorkspaceSymbol_FuzzyQuery_FindsNotesAndHeadings()
    {
        SymbolInformation[] symbols = await _client.RequestAsync<SymbolInformation[]>(Methods.WorkspaceSymbol, new { query = "dwc" });
        SymbolInformation[] headings = await _client.RequestAsync<SymbolInformation[]>(Methods.WorkspaceSymbol, new { query = "PITFALL" });

        SymbolInformation note = Assert.Single(symbols);
        Assert.Equal("docker-why-containers", note.Name);
        Assert.Equal(SymbolKinds.File, note.Kind);
        SymbolInformation heading = Assert.Single(headings);
        Assert.Equal("Pitfalls", heading.Name);
        Assert.Equal("docker-why-containers", heading.ContainerName);
    }

    [Fact]
    public async Task FoldingRange_OneRangePerSection()
    {
        string uri = await OpenAsync("fold.md", "# Title\n\ntext\n\n## A\n\nmore\n\n## Empty\n");

        FoldingRange[] ranges = await _client.RequestAsync<FoldingRange[]>(Methods.TextDocumentFoldingRange, new { textDocument = new { uri } });

        Assert.Equal([(0, 8), (4, 6)], ranges.Select(r => (r.StartLine, r.EndLine)));
    }

    [Fact]
    public async Task CodeLens_OnTitle_CountsBacklinks()
    {
        await OpenAsync("a.md", "# A\n\n[[docker-why-containers]] [[docker-why-containers#Pitfalls]]\n");
        await OpenAsync("b.md", "# B\n\n![[docker-why-containers]]\n");
        string uri = _vault.UriOf("docker-why-containers.md");

        CodeLens[] lenses = await _client.RequestAsync<CodeLens[]>(Methods.TextDocumentCodeLens, new { textDocument = new { uri } });

        CodeLens lens = Assert.Single(lenses);
        Assert.Equal("3 backlinks", lens.Command!.Title);
        Assert.Equal(0, lens.Range.Start.Line);
    }

    [Fact]
    public async Task DocumentLink_ResolvedLinksOnly()
    {
        var markup = Markup.Parse("# Links\n\n{|[[docker-why-containers]]|} [[missing]]\n");
        string uri = await OpenMarkupAsync("links.md", markup);

        DocumentLink[] links = await _client.RequestAsync<DocumentLink[]>(Methods.TextDocumentDocumentLink, new { textDocument = new { uri } });

        DocumentLink link = Assert.Single(links);
        Assert.Equal(_vault.UriOf("docker-why-containers.md"), link.Target);
        Assert.Equal(ToRange(markup.Text, markup.Spans[0]), link.Range);
    }

    [Fact]
    public async Task DueReviews_ListsNotesDueWithinThreeDays()
    {
        await OpenAsync("overdue.md", "# Overdue\n\n**Next review**: 2026-01-01\n");
        await OpenAsync("soon.md", "# Soon\n\n**Next review**: 2026-01-22\n");
        await OpenAsync("later.md", "# Later\n\n**Next review**: 2026-03-01\n");

        JsonElement result = await _client.RequestAsync<JsonElement>(Methods.DueReviews, new { });

        JsonElement[] items = [.. result.GetProperty("items").EnumerateArray()];
        Assert.Equal(2, items.Length);
        Assert.Equal("Overdue", items[0].GetProperty("title").GetString());
        Assert.Equal("2026-01-01", items[0].GetProperty("nextReview").GetString());
        Assert.Equal(19, items[0].GetProperty("daysOverdue").GetInt32());
        Assert.Equal(_vault.UriOf("overdue.md"), items[0].GetProperty("uri").GetString());
        Assert.Equal("Soon", items[1].GetProperty("title").GetString());
        Assert.Equal(-2, items[1].GetProperty("daysOverdue").GetInt32());
    }

    /// <summary>Opens a note whose text marks the cursor with $$ and stores that position for <see cref="RequestAtAsync{T}"/>.</summary>
    private async Task<string> OpenAsync(string path, string marked)
    {
        var markup = Markup.Parse(marked);
        string uri = await OpenMarkupAsync(path, markup);
        _cursors[uri] = markup;
        return uri;
    }

    private readonly Dictionary<string, Markup> _cursors = [];

    private async Task<string> OpenMarkupAsync(string path, Markup markup)
    {
        string uri = _vault.WriteNote(path, markup.Text);
        await _client.OpenAsync(uri, markup.Text);
        return uri;
    }

    private Task<T> RequestAtAsync<T>(string method, string uri, object? context = null) =>
        _client.RequestAsync<T>(method, context is null
            ? PositionParams(uri, _cursors[uri])
            : new { textDocument = new { uri }, position = ToPosition(_cursors[uri]), context });

    private static object PositionParams(string uri, Markup markup) => new { textDocument = new { uri }, position = ToPosition(markup) };

    private static Position ToPosition(Markup markup)
    {
        LinePosition position = SourceText.From(markup.Text).GetLinePosition(markup.Cursor!.Value);
        return new Position(position.Line, position.Character);
    }

    private static Protocol.Range ToRange(string text, (int Start, int End) span)
    {
        LineRange range = SourceText.From(text).GetLineRange(new TextSpan(span.Start, span.End));
        return new Protocol.Range(new Position(range.Start.Line, range.Start.Character), new Position(range.End.Line, range.End.Character));
    }
}
