namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1008 PasswordSetInImage: snippet -> exact spans.</summary>
public sealed class PasswordSetInImageTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN echo 'root:toor' | chpasswd\n", new string[] { "CL1008@(2,24,2,32)" })]
    [InlineData("FROM alpine:3.22\nRUN passwd -d root\n", new string[] { "CL1008@(2,5,2,11)" })]
    [InlineData("FROM alpine:3.22\nRUN useradd -m -p '$6$x' app\n", new string[] { "CL1008@(2,5,2,12)" })]
    [InlineData("FROM alpine:3.22\nRUN useradd -m app && passwd -l root\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1008", dockerfile));
}
