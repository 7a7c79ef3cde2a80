namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1001 SecretFileAddedToImage: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class SecretFileAddedToImageTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nCOPY {|CL1001:id_rsa|} /root/.ssh/id_rsa\n")]
    [InlineData("FROM alpine:3.22\nCOPY app.py config.json /app/\n")]
    [InlineData("FROM alpine:3.22\ncopy --chown=1:1 {|CL1001:.npmrc|} /root/\n")]
    [InlineData("FROM alpine:3.22\nARG KEY=deploy.pem\nCOPY {|CL1001:${KEY}|} /k/\n")]
    [InlineData("FROM alpine:3.22\nCOPY id_rsa.pub /root/.ssh/authorized_keys\n")]
    [InlineData("FROM golang:1.25 AS build\nCOPY {|CL1001:.netrc|} /root/.netrc\nRUN go build\nFROM scratch\nCOPY --from=build /root/.netrc /x\n")]
    [InlineData("FROM alpine:3.22\nCOPY \\\n  {|CL1001:secrets.json|} \\\n  /app/\n")]
    [InlineData("FROM alpine:3.22\n# containerlint ignore=CL1001 -- test fixture key\nCOPY test.key /k/\n")]
    [InlineData("FROM alpine:3.22\nCOPY [{|CL1001:\"server.key\"|}, \"/etc/ssl/\"]\n")]
    [InlineData("FROM alpine:3.22\nCOPY <<EOF /etc/app.key\nhello\nEOF\n")]
    [InlineData("# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY `\n  {|CL1001:credentials|} C:/app/\n")]
    [InlineData("FROM alpine:3.22\nRUN --mount=type=secret,id=npm,target=/root/.npmrc npm ci\n")]
    [InlineData("FROM alpine:3.22\nCOPY repo-key.gpg nodesource.asc token.go /tmp/\n")]
    [InlineData("FROM alpine:3.22\nADD https://example.com/deploy.key /tmp/\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1001", markup);
}
