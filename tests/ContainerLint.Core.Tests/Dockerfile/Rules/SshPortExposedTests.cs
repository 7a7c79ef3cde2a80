namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1050 SshPortExposed: snippet -> expected findings with exact spans.</summary>
public sealed class SshPortExposedTests
{
    [Theory]
    [InlineData("FROM debian:12\nEXPOSE 22\n", "CL1050@(2,8,2,10)")]
    [InlineData("FROM debian:12\nEXPOSE 80 22/tcp\n", "CL1050@(2,11,2,17)")]
    [InlineData("FROM debian:12\nEXPOSE 20-30\n", "CL1050@(2,8,2,13)")]
    [InlineData("FROM debian:12\nARG P=22\nEXPOSE ${P}\n", "CL1050@(3,8,3,12)")]
    [InlineData("FROM debian:12\nEXPOSE $UNKNOWN\n", "")]
    [InlineData("FROM debian:12\nEXPOSE 22\nFROM debian:12\nEXPOSE 8080\n", "")]
    [InlineData("FROM debian:12\nEXPOSE 2222\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1050", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
