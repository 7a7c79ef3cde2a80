namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1053 PrivilegedPortExposed: snippet -> expected findings with exact spans.</summary>
public sealed class PrivilegedPortExposedTests
{
    [Theory]
    [InlineData("FROM nginx:1.27\nEXPOSE 80 443/tcp 8080\n", "CL1053@(2,8,2,10) CL1053@(2,11,2,18)")]
    [InlineData("FROM nginx:1.27\nEXPOSE 22 8080\n", "")]
    [InlineData("FROM nginx:1.27 AS b\nEXPOSE 80\nFROM nginx:1.27\nEXPOSE 8080\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1053", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
