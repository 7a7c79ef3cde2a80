namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1052 InvalidExposedPort: snippet -> expected findings with exact spans.</summary>
public sealed class InvalidExposedPortTests
{
    [Theory]
    [InlineData("FROM debian:12\nEXPOSE {|CL1052:80:80|} {|CL1052:8080/TCP|} {|CL1052:70000|} {|CL1052:abc|} 443/udp\n")]
    [InlineData("FROM debian:12\nEXPOSE 80 443/tcp 8000-8010/udp\n")]
    [InlineData("FROM debian:12\nEXPOSE ${PORT}\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1052", markup);
}
