namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1063 CdInsteadOfWorkdir: snippet -> expected findings with exact spans.</summary>
public sealed class CdInsteadOfWorkdirTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN cd /usr/src/app && make\n", "CL1063@(2,5,2,7)")]
    [InlineData("FROM debian:12\nRUN (cd /usr/src/app && make) && make -C /x install\n", "")]
    [InlineData("FROM debian:12\nRUN set -eux; \\\n    cd /tmp; \\\n    make\n", "CL1063@(3,5,3,7)")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1063", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
