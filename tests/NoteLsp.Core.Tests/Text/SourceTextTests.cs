using NoteLsp.Core.Text;

namespace NoteLsp.Core.Tests.Text;

public class SourceTextTests
{
    [Theory]
    [InlineData("a\nb\nc", new[] { 0, 2, 4 })]
    [InlineData("a\r\nb\r\nc", new[] { 0, 3, 6 })]
    [InlineData("a\rb\rc", new[] { 0, 2, 4 })]
    [InlineData("a\r\n\rb\n", new[] { 0, 3, 4, 6 })]
    [InlineData("", new[] { 0 })]
    public void LineStarts_EachLineEnding_StartsNewLine(string content, int[] expectedStarts)
    {
        var text = SourceText.From(content);

        Assert.Equal(expectedStarts.Length, text.LineCount);
        for (int i = 0; i < expectedStarts.Length; i++)
        {
            Assert.Equal(expectedStarts[i], text.GetLineStart(i));
        }
    }

    [Fact]
    public void GetLineText_Crlf_ExcludesLineBreak()
    {
        var text = SourceText.From("first\r\nsecond\r\n");

        Assert.Equal("first", text.GetLineText(0));
        Assert.Equal("second", text.GetLineText(1));
        Assert.Equal(string.Empty, text.GetLineText(2));
    }

    [Fact]
    public void From_ByteOrderMark_IsNotPartOfText()
    {
        var text = SourceText.From("\uFEFF# Title");

        Assert.True(text.HadByteOrderMark);
        Assert.Equal("# Title", text.Content);
        Assert.Equal(new LinePosition(0, 2), text.GetLinePosition(2));
    }

    [Fact]
    public void GetOffset_PastLineEnd_ClampsToLineEnd()
    {
        var text = SourceText.From("ab\r\ncd");

        Assert.Equal(2, text.GetOffset(new LinePosition(0, 99)));
        Assert.Equal(6, text.GetOffset(new LinePosition(9, 0)));
        Assert.Equal(5, text.GetOffset(new LinePosition(1, 1)));
    }

    [Fact]
    public void GetLinePosition_AfterEmoji_CountsUtf16Units()
    {
        var text = SourceText.From("## 🎯 TL;DR\nx");

        Assert.Equal(new LinePosition(0, 6), text.GetLinePosition(text.Content.IndexOf('T', StringComparison.Ordinal)));
    }

    [Fact]
    public void WithChanges_Sequential_EachAppliesToPreviousResult()
    {
        var text = SourceText.From("hello world");

        SourceText changed = text.WithChanges(
        [
            new TextChange(new TextSpan(0, 5), "goodbye"),
            new TextChange(new TextSpan(8, 13), "moon"),
        ]);

        Assert.Equal("goodbye moon", changed.Content);
    }
}
