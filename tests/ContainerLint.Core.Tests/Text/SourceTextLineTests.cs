namespace ContainerLint.Core.Tests.Text;

using ContainerLint.Core.Text;

/// <summary>The line index, built two ways (files with \n only, and files with \r or \r\n): the same positions either way.</summary>
public sealed class SourceTextLineTests
{
    [Theory]
    [InlineData("", 1)]
    [InlineData("a", 1)]
    [InlineData("a\n", 2)]
    [InlineData("a\nbc\n\nd", 4)]
    [InlineData("\n\n", 3)]
    public void Unix_line_ends_index_every_line(string text, int lines)
    {
        var source = new SourceText(text);
        var withCrLf = new SourceText(text.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(lines, source.LineCount);
        Assert.Equal(lines, withCrLf.LineCount);
        for (var line = 1; line <= lines; line++) Assert.Equal(source.GetLineString(line), withCrLf.GetLineString(line));
    }

    [Fact]
    public void Positions_follow_each_terminator()
    {
        var unix = new SourceText("ab\ncd\n\nef");
        Assert.Equal((1, 1), unix.GetPosition(0));
        Assert.Equal((1, 3), unix.GetPosition(2));
        Assert.Equal((2, 1), unix.GetPosition(3));
        Assert.Equal((3, 1), unix.GetPosition(6));
        Assert.Equal((4, 2), unix.GetPosition(8));

        var mixed = new SourceText("ab\rcd\r\nef");
        Assert.Equal(3, mixed.LineCount);
        Assert.Equal((2, 1), mixed.GetPosition(3));
        Assert.Equal((3, 1), mixed.GetPosition(7));
    }
}
