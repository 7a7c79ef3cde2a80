namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1078 InsecureBuildStep: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class InsecureBuildStepTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN {|CL1078:--security=insecure|} mount -t tmpfs none /mnt\n")]
    [InlineData("FROM debian:12\nONBUILD RUN {|CL1078:--security=insecure|} make install\n")]
    [InlineData("FROM debian:12\nRUN --security=sandbox make install\n")]
    [InlineData("FROM debian:12\nRUN --network=none make install\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1078", markup);
}
