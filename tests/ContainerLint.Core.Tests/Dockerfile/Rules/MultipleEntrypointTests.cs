namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1057 MultipleEntrypoint: snippet -> expected findings with exact spans.</summary>
public sealed class MultipleEntrypointTests
{
    [Theory]
    [InlineData("FROM alpine:3.21\nENTRYPOINT [\"/sbin/tini\", \"--\"]\nENTRYPOINT [\"/app\"]\n", "CL1057@(2,1,2,11)")]
    [InlineData("FROM alpine:3.21\nENTRYPOINT [\"/app\"]\nCMD [\"--help\"]\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1057", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
