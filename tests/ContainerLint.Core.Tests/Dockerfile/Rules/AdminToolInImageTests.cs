namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1043 AdminToolInImage: snippet -> expected findings with exact spans.</summary>
public sealed class AdminToolInImageTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y vim && service nginx start\n", "CL1043@(2,24,2,27) CL1043@(2,31,2,38)")]
    [InlineData("FROM debian:12\nRUN apt-get install -y procps && if command -v ps >/dev/null; then echo ok; fi\n", "")]
    [InlineData("FROM debian:12\nRUN ps aux\n", "CL1043@(2,5,2,7)")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1043", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
