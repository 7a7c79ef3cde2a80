namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1008 PasswordSetInImage: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class PasswordSetInImageTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN echo 'root:toor' | {|CL1008:chpasswd|}\n")]
    [InlineData("FROM alpine:3.22\nRUN {|CL1008:passwd|} -d root\n")]
    [InlineData("FROM alpine:3.22\nRUN {|CL1008:useradd|} -m -p '$6$x' app\n")]
    [InlineData("FROM alpine:3.22\nRUN useradd -m app && passwd -l root\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1008", markup);
}
