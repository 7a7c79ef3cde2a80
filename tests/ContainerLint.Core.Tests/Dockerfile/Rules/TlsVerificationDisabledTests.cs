namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1030 TlsVerificationDisabled: snippet -> exact spans.</summary>
public sealed class TlsVerificationDisabledTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN curl -k https://x\n", new string[] { "CL1030@(2,10,2,12)" })]
    [InlineData("FROM alpine:3.22\nRUN curl -fsSLk https://x -o f\n", new string[] { "CL1030@(2,10,2,16)" })]
    [InlineData("FROM alpine:3.22\nRUN wget --no-check-certificate https://x\n", new string[] { "CL1030@(2,10,2,32)" })]
    [InlineData("FROM alpine:3.22\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n", new string[] { "CL1030@(2,5,2,35)" })]
    [InlineData("FROM alpine:3.22\nRUN npm config set strict-ssl false\n", new string[] { "CL1030@(2,20,2,30)" })]
    [InlineData("FROM alpine:3.22\nRUN git config --global http.sslVerify false\n", new string[] { "CL1030@(2,25,2,39)" })]
    [InlineData("FROM alpine:3.22\nRUN pip install --trusted-host pypi.org x\n", new string[] { "CL1030@(2,17,2,31)" })]
    [InlineData("FROM alpine:3.22\nRUN cat > /etc/yum.repos.d/x.repo <<EOF\n[x]\nbaseurl=https://x\nsslverify=0\nEOF\n", new string[] { "CL1030@(5,1,5,12)" })]
    [InlineData("FROM alpine:3.22\nRUN printf '[x]\\nsslverify=0\\n' > /etc/yum.repos.d/x.repo\n", new string[] { "CL1030@(2,18,2,29)" })]
    [InlineData("FROM alpine:3.22\nRUN curl -fsSL https://x -o f\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nENV NODE_TLS_REJECT_UNAUTHORIZED=1\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nRUN GIT_SSL_NO_VERIFY=1 git clone https://x\n", new string[] { "CL1030@(2,5,2,24)" })]
    [InlineData("FROM alpine:3.22\nRUN dnf install -y --setopt=sslverify=false x\n", new string[] { "CL1030@(2,20,2,44)" })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1030", dockerfile));
}
