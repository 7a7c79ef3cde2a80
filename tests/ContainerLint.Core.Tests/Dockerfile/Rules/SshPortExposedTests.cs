namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1050 SshPortExposed: snippet -> expected findings with exact spans.</summary>
public sealed class SshPortExposedTests
{
    [Theory]
    [InlineData("FROM debian:12\nEXPOSE {|CL1050:22|}\n")]
    [InlineData("FROM debian:12\nEXPOSE 80 {|CL1050:22/tcp|}\n")]
    [InlineData("FROM debian:12\nEXPOSE {|CL1050:20-30|}\n")]
    [InlineData("FROM debian:12\nARG P=22\nEXPOSE {|CL1050:${P}|}\n")]
    [InlineData("FROM debian:12\nEXPOSE $UNKNOWN\n")]
    [InlineData("FROM debian:12\nEXPOSE 22\nFROM debian:12\nEXPOSE 8080\n")]
    [InlineData("FROM debian:12\nEXPOSE 2222\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1050", markup);
}
