namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1002 SecretFileRemovedInLaterLayer: snippet -> exact spans.</summary>
public sealed class SecretFileRemovedInLaterLayerTests
{
    [Theory]
    [InlineData("FROM centos:8\nADD ./git-repo-key /tmp\nRUN rm /tmp/git-repo-key\n", new string[] { "CL1002@(2,5,2,19)" })]
    [InlineData("FROM alpine:3.22\nCOPY id_ed25519 /root/.ssh/\nRUN git clone x && rm -rf /root/.ssh\n", new string[] { "CL1002@(2,6,2,16)" })]
    [InlineData("FROM alpine:3.22 AS a\nCOPY id_rsa /tmp/\nFROM alpine:3.22\nRUN rm /tmp/id_rsa\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nCOPY token.txt /tmp/token.txt\nRUN <<EOF\nuse /tmp/token.txt\nrm -f /tmp/token.txt\nEOF\n", new string[] { "CL1002@(2,6,2,15)" })]
    [InlineData("FROM alpine:3.22\nCOPY app.conf /tmp/\nRUN rm /tmp/app.conf\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nCOPY id_rsa /tmp/\nRUN ssh-add /tmp/id_rsa\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nCOPY *.pem /certs/\nRUN rm -f /certs/*.pem\n", new string[] { "CL1002@(2,6,2,11)" })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1002", dockerfile));
}
