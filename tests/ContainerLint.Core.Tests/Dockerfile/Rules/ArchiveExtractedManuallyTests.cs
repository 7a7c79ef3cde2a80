namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1047 ArchiveExtractedManually: snippet -> expected findings with exact spans.</summary>
public sealed class ArchiveExtractedManuallyTests
{
    [Theory]
    [InlineData("FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf {|CL1047:/tmp/app.tar.gz|} -C /opt\n")]
    [InlineData("FROM debian:12\nCOPY dist.zip /tmp/\nRUN unzip {|CL1047:/tmp/dist.zip|} -d /opt\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSLO https://e.x/app.tar.gz && tar -xzf app.tar.gz\n")]
    [InlineData("FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -czf /tmp/out.tar.gz /opt\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1047", markup);
}
