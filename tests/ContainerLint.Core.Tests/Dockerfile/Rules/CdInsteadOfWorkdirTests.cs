namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1063 CdInsteadOfWorkdir: snippet -> expected findings with exact spans.</summary>
public sealed class CdInsteadOfWorkdirTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN {|CL1063:cd|} /usr/src/app && make\n")]
    [InlineData("FROM debian:12\nRUN (cd /usr/src/app && make) && make -C /x install\n")]
    [InlineData("FROM debian:12\nRUN set -eux; \\\n    {|CL1063:cd|} /tmp; \\\n    make\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1063", markup);
}
