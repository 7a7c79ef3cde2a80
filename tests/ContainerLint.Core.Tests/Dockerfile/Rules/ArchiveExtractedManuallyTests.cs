namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1047 ArchiveExtractedManually: snippet -> expected findings with exact spans.</summary>
public sealed class ArchiveExtractedManuallyTests
{
    [Theory]
    [InlineData("FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n", "CL1047@(3,14,3,29)")]
    [InlineData("FROM debian:12\nCOPY dist.zip /tmp/\nRUN unzip /tmp/dist.zip -d /opt\n", "CL1047@(3,11,3,24)")]
    [InlineData("FROM debian:12\nRUN curl -fsSLO https://e.x/app.tar.gz && tar -xzf app.tar.gz\n", "")]
    [InlineData("FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -czf /tmp/out.tar.gz /opt\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1047", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
