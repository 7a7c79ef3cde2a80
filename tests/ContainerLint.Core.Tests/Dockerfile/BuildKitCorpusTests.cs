namespace ContainerLint.Core.Tests.Dockerfile;

using ContainerLint.Core.Dockerfile;

/// <summary>BuildKit's own parser test data: every positive case dumps byte for byte, every negative case fails.</summary>
public sealed class BuildKitCorpusTests
{
    public static IEnumerable<object[]> Positive => CorpusPaths.Cases("testfiles");

    public static IEnumerable<object[]> Negative => CorpusPaths.Cases("testfiles-negative");

    [Fact]
    public void TheCorpusHasEveryCase()
    {
        Assert.Equal(33, Positive.Count());
        Assert.Equal(4, Negative.Count());
    }

    [Theory]
    [MemberData(nameof(Positive))]
    public void PositiveCaseDumpsExactlyLikeBuildKit(string name)
    {
        var result = DockerfileParser.Parse(CorpusPaths.Read("testfiles", name, "Dockerfile"));
        Assert.True(result.Succeeded, result.Error?.Message);
        var expected = CorpusPaths.Read("testfiles", name, "result");
        Assert.Equal(expected, DockerfileDumper.Dump(result.Instructions));
    }

    [Theory]
    [MemberData(nameof(Negative))]
    public void NegativeCaseIsAParseError(string name)
    {
        var result = DockerfileParser.Parse(CorpusPaths.Read("testfiles-negative", name, "Dockerfile"));
        Assert.False(result.Succeeded);
        Assert.Equal("CL0002", result.Error!.Id);
    }

    [Fact]
    public void LineNumbersMatchBuildKit()
    {
        var result = DockerfileParser.Parse(CorpusPaths.Read("testfile-line", "Dockerfile"));
        Assert.True(result.Succeeded);
        Assert.Equal([(5, 5), (11, 12), (17, 31)], result.Instructions.Select(i => (i.StartLine, i.EndLine)));
        Assert.Equal("escape", Assert.Single(result.Directives).Name);
    }
}
