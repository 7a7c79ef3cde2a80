namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1044 BothCurlAndWget: snippet -> expected findings with exact spans.</summary>
public sealed class BothCurlAndWgetTests
{
    [Theory]
    [InlineData("FROM alpine:3.21\nRUN wget -q https://e.x/a\nRUN {|CL1044:curl|} -fsSLO https://e.x/b\n")]
    [InlineData("FROM alpine:3.21 AS a\nRUN curl -fsSLO https://e.x/b\nFROM alpine:3.21\nRUN wget -q https://e.x/a\n")]
    [InlineData("FROM alpine:3.21\nRUN command -v wget && curl -fsSLO https://e.x/b\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1044", markup);
}
