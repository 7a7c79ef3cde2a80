namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1053 PrivilegedPortExposed: snippet -> expected findings with exact spans.</summary>
public sealed class PrivilegedPortExposedTests
{
    [Theory]
    [InlineData("FROM nginx:1.27\nEXPOSE {|CL1053:80|} {|CL1053:443/tcp|} 8080\n")]
    [InlineData("FROM nginx:1.27\nEXPOSE 22 8080\n")]
    [InlineData("FROM nginx:1.27 AS b\nEXPOSE 80\nFROM nginx:1.27\nEXPOSE 8080\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1053", markup);
}
