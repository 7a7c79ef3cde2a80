namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1032 AddUsedForLocalFiles: snippet -> exact spans.</summary>
public sealed class AddUsedForLocalFilesTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nADD ./config /etc/app/\n", new string[] { "CL1032@(2,1,2,4)" })]
    [InlineData("FROM alpine:3.22\nadd app.tar.gz /opt/\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nADD https://example.com/f /f\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nADD --chown=1:1 a b\n", new string[] { "CL1032@(2,1,2,4)" })]
    [InlineData("FROM alpine:3.22\nADD git@github.com:acme/app.git /src\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1032", dockerfile));
}
