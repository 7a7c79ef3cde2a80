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

    /// <summary>
    /// Texts of every length up to 40 with a terminator (\n, \r, \n\n, \r\n, \n\r) at every position and more \n after
    /// it: the line index gives the lines and positions a plain count gives, whichever of its two paths the text takes.
    /// </summary>
    [Fact]
    public void Line_starts_match_a_plain_count_with_terminators_anywhere()
    {
        for (var length = 0; length <= 40; length++)
        {
            for (var at = 0; at < length; at++)
            {
                foreach (var terminators in new[] { "\n", "\r", "\n\n", "\r\n", "\n\r" })
                {
                    var chars = Enumerable.Repeat('x', length).ToArray();
                    for (var k = 0; k < terminators.Length && at + (k * 7) < length; k++) chars[at + (k * 7)] = terminators[k];
                    for (var every = at + 16; every < length; every += 9) chars[every] = '\n';
                    var text = new string(chars);
                    var source = new SourceText(text);
                    Assert.Equal(Count(text, text.Length).Line, source.LineCount);
                    for (var offset = 0; offset <= text.Length; offset++) Assert.Equal(Count(text, offset), source.GetPosition(offset));
                }
            }
        }
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

    /// <summary>
    /// The lookup tries the line asked last first: positions and spans asked in any order (forwards, backwards, jumping,
    /// out of range) are those of a plain count of line terminators.
    /// </summary>
    [Theory]
    [InlineData("ab\ncd\n\nef\n")]
    [InlineData("ab\rcd\r\nef\n\r\rg")]
    [InlineData("x")]
    [InlineData("")]
    public void Positions_in_any_order_match_a_plain_count(string text)
    {
        var source = new SourceText(text);
        var offsets = Enumerable.Range(-2, text.Length + 5).ToArray();
        var orders = new[] { offsets, offsets.Reverse().ToArray(), offsets.Where((_, i) => i % 2 == 0).Concat(offsets.Where((_, i) => i % 2 == 1).Reverse()).ToArray() };
        foreach (var order in orders)
        {
            foreach (var offset in order) Assert.Equal(Count(text, offset), source.GetPosition(offset));
            foreach (var start in order)
            {
                foreach (var end in offsets)
                {
                    var (l1, c1) = Count(text, start);
                    var (l2, c2) = Count(text, Math.Max(start, end));
                    Assert.Equal(new Model.SourceSpan(l1, c1, l2, c2), source.GetSpan(start, end));
                }
            }
        }
    }

    /// <summary>Line and column by counting terminators (\r\n, \n, a lone \r) before the clamped offset.</summary>
    private static (int Line, int Column) Count(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            if (text[i] is '\n' or '\r')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
