namespace ContainerLint.Cli.Tests;

public sealed class DeferredTextReaderTests
{
    [Fact]
    public void ALintOfFilesNeverOpensStandardInput()
    {
        using var dir = new TempDir();
        dir.Write("Dockerfile", "FROM scratch\n");
        var stdin = new DeferredTextReader(() => throw new InvalidOperationException("standard input opened"));
        var result = CommandLineApp.Run(["--format", "json", Path.Combine(dir.Path, "Dockerfile")], stdin, TextWriter.Null, TextWriter.Null);
        Assert.NotEqual(CommandLineApp.ExitUsage, result);
        Assert.False(stdin.IsOpened);
    }

    [Fact]
    public void ALintOfDashReadsTheDeferredInput()
    {
        var stdin = new DeferredTextReader(() => new StringReader("FROM alpine:latest\n"));
        var output = new StringWriter();
        var result = CommandLineApp.Run(["-", "--stdin-filename", "Dockerfile", "--format", "msbuild", "--fail-on", "none"], stdin, output, TextWriter.Null);
        Assert.Equal(CommandLineApp.ExitClean, result);
        Assert.True(stdin.IsOpened);
        Assert.Contains("Dockerfile(1,", output.ToString());
    }

    [Theory]
    [InlineData("line one\nline two\n")]
    [InlineData("")]
    public void ReadsPassThroughToTheRealReaderOpenedOnce(string text)
    {
        var opened = 0;
        var reader = new DeferredTextReader(() => { opened++; return new StringReader(text); });
        Assert.Equal(0, opened);
        Assert.Equal(text.Length == 0 ? -1 : 'l', reader.Peek());
        Assert.Equal(text, reader.ReadToEnd());
        Assert.Equal(1, opened);
        Assert.True(reader.IsOpened);
    }
}
