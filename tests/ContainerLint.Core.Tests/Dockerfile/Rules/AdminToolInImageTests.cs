namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1043 AdminToolInImage: snippet -> expected findings with exact spans.</summary>
public sealed class AdminToolInImageTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y {|CL1043:vim|} && {|CL1043:service|} nginx start\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y procps && if command -v ps >/dev/null; then echo ok; fi\n")]
    [InlineData("FROM debian:12\nRUN {|CL1043:ps|} aux\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1043", markup);
}
