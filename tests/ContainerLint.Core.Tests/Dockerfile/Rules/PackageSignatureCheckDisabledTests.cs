namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1031 PackageSignatureCheckDisabled: snippet -> exact spans.</summary>
public sealed class PackageSignatureCheckDisabledTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN apt-get install -y --allow-unauthenticated x\n", new string[] { "CL1031@(2,24,2,47)" })]
    [InlineData("FROM alpine:3.22\nRUN apk add --allow-untrusted /tmp/x.apk\n", new string[] { "CL1031@(2,13,2,30)" })]
    [InlineData("FROM alpine:3.22\nRUN dnf install -y --nogpgcheck x\n", new string[] { "CL1031@(2,20,2,32)" })]
    [InlineData("FROM alpine:3.22\nRUN echo 'deb [trusted=yes] http://repo/ ./' > /etc/apt/sources.list.d/x.list\n", new string[] { "CL1031@(2,15,2,28)" })]
    [InlineData("FROM alpine:3.22\nRUN cat > /etc/yum.repos.d/x.repo <<EOF\n[x]\ngpgcheck=0\nrepo_gpgcheck=0\nEOF\n", new string[] { "CL1031@(4,1,4,11)" })]
    [InlineData("FROM alpine:3.22\nRUN printf '[x]\\ngpgcheck=1\\nrepo_gpgcheck=0\\n' > /etc/yum.repos.d/x.repo\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nENV GOSUMDB=off\n", new string[] { "CL1031@(2,5,2,16)" })]
    [InlineData("FROM alpine:3.22\nRUN apt-get install -y x\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nRUN rpm -i --nosignature x.rpm\n", new string[] { "CL1031@(2,12,2,25)" })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1031", dockerfile));
}
