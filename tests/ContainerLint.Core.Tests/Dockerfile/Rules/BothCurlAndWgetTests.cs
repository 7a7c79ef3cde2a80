namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1044 BothCurlAndWget: snippet -> expected findings with exact spans.</summary>
public sealed class BothCurlAndWgetTests
{
    [Theory]
    [InlineData("FROM alpine:3.21\nRUN wget -q https://e.x/a\nRUN curl -fsSLO https://e.x/b\n", "CL1044@(3,5,3,9)")]
    [InlineData("FROM alpine:3.21 AS a\nRUN curl -fsSLO https://e.x/b\nFROM alpine:3.21\nRUN wget -q https://e.x/a\n", "")]
    [InlineData("FROM alpine:3.21\nRUN command -v wget && curl -fsSLO https://e.x/b\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1044", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
