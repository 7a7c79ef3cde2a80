namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1032 AddUsedForLocalFiles: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class AddUsedForLocalFilesTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\n{|CL1032:ADD|} ./config /etc/app/\n")]
    [InlineData("FROM alpine:3.22\nadd app.tar.gz /opt/\n")]
    [InlineData("FROM alpine:3.22\nADD https://example.com/f /f\n")]
    [InlineData("FROM alpine:3.22\n{|CL1032:ADD|} --chown=1:1 a b\n")]
    [InlineData("FROM alpine:3.22\nADD git@github.com:acme/app.git /src\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1032", markup);
}
