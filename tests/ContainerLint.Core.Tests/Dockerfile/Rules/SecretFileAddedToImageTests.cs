namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1001 SecretFileAddedToImage: snippet -> exact spans.</summary>
public sealed class SecretFileAddedToImageTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nCOPY id_rsa /root/.ssh/id_rsa\n", new string[] { "CL1001@(2,6,2,12)" })]
    [InlineData("FROM alpine:3.22\nCOPY app.py config.json /app/\n", new string[] { })]
    [InlineData("FROM alpine:3.22\ncopy --chown=1:1 .npmrc /root/\n", new string[] { "CL1001@(2,18,2,24)" })]
    [InlineData("FROM alpine:3.22\nARG KEY=deploy.pem\nCOPY ${KEY} /k/\n", new string[] { "CL1001@(3,6,3,12)" })]
    [InlineData("FROM alpine:3.22\nCOPY id_rsa.pub /root/.ssh/authorized_keys\n", new string[] { })]
    [InlineData("FROM golang:1.25 AS build\nCOPY .netrc /root/.netrc\nRUN go build\nFROM scratch\nCOPY --from=build /root/.netrc /x\n", new string[] { "CL1001@(2,6,2,12)" })]
    [InlineData("FROM alpine:3.22\nCOPY \\\n  secrets.json \\\n  /app/\n", new string[] { "CL1001@(3,3,3,15)" })]
    [InlineData("FROM alpine:3.22\n# containerlint ignore=CL1001 -- test fixture key\nCOPY test.key /k/\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nCOPY [\"server.key\", \"/etc/ssl/\"]\n", new string[] { "CL1001@(2,7,2,19)" })]
    [InlineData("FROM alpine:3.22\nCOPY <<EOF /etc/app.key\nhello\nEOF\n", new string[] { })]
    [InlineData("# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY `\n  credentials C:/app/\n", new string[] { "CL1001@(4,3,4,14)" })]
    [InlineData("FROM alpine:3.22\nRUN --mount=type=secret,id=npm,target=/root/.npmrc npm ci\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nCOPY repo-key.gpg nodesource.asc token.go /tmp/\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nADD https://example.com/deploy.key /tmp/\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1001", dockerfile));
}
