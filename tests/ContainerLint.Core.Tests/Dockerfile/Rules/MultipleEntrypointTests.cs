namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1057 MultipleEntrypoint: snippet -> expected findings with exact spans.</summary>
public sealed class MultipleEntrypointTests
{
    [Theory]
    [InlineData("FROM alpine:3.21\n{|CL1057:ENTRYPOINT|} [\"/sbin/tini\", \"--\"]\nENTRYPOINT [\"/app\"]\n")]
    [InlineData("FROM alpine:3.21\nENTRYPOINT [\"/app\"]\nCMD [\"--help\"]\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1057", markup);
}
