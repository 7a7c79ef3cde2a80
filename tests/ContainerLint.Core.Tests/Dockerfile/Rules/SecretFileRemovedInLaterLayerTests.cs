namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1002 SecretFileRemovedInLaterLayer: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class SecretFileRemovedInLaterLayerTests
{
    [Theory]
    [InlineData("FROM centos:8\nADD {|CL1002:./git-repo-key|} /tmp\nRUN rm /tmp/git-repo-key\n")]
    [InlineData("FROM alpine:3.22\nCOPY {|CL1002:id_ed25519|} /root/.ssh/\nRUN git clone x && rm -rf /root/.ssh\n")]
    [InlineData("FROM alpine:3.22 AS a\nCOPY id_rsa /tmp/\nFROM alpine:3.22\nRUN rm /tmp/id_rsa\n")]
    [InlineData("FROM alpine:3.22\nCOPY {|CL1002:token.txt|} /tmp/token.txt\nRUN <<EOF\nuse /tmp/token.txt\nrm -f /tmp/token.txt\nEOF\n")]
    [InlineData("FROM alpine:3.22\nCOPY app.conf /tmp/\nRUN rm /tmp/app.conf\n")]
    [InlineData("FROM alpine:3.22\nCOPY id_rsa /tmp/\nRUN ssh-add /tmp/id_rsa\n")]
    [InlineData("FROM alpine:3.22\nCOPY {|CL1002:*.pem|} /certs/\nRUN rm -f /certs/*.pem\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1002", markup);
}
