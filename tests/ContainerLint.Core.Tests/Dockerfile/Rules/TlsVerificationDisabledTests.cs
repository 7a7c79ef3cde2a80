namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1030 TlsVerificationDisabled: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class TlsVerificationDisabledTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN curl {|CL1030:-k|} https://x\n")]
    [InlineData("FROM alpine:3.22\nRUN curl {|CL1030:-fsSLk|} https://x -o f\n")]
    [InlineData("FROM alpine:3.22\nRUN wget {|CL1030:--no-check-certificate|} https://x\n")]
    [InlineData("FROM alpine:3.22\nENV {|CL1030:NODE_TLS_REJECT_UNAUTHORIZED=0|}\n")]
    [InlineData("FROM alpine:3.22\nRUN npm config set {|CL1030:strict-ssl|} false\n")]
    [InlineData("FROM alpine:3.22\nRUN git config --global {|CL1030:http.sslVerify|} false\n")]
    [InlineData("FROM alpine:3.22\nRUN pip install {|CL1030:--trusted-host|} pypi.org x\n")]
    [InlineData("FROM alpine:3.22\nRUN cat > /etc/yum.repos.d/x.repo <<EOF\n[x]\nbaseurl=https://x\n{|CL1030:sslverify=0|}\nEOF\n")]
    [InlineData("FROM alpine:3.22\nRUN printf '[x]\\n{|CL1030:sslverify=0|}\\n' > /etc/yum.repos.d/x.repo\n")]
    [InlineData("FROM alpine:3.22\nRUN curl -fsSL https://x -o f\n")]
    [InlineData("FROM alpine:3.22\nENV NODE_TLS_REJECT_UNAUTHORIZED=1\n")]
    [InlineData("FROM alpine:3.22\nRUN {|CL1030:GIT_SSL_NO_VERIFY=1|} git clone https://x\n")]
    [InlineData("FROM alpine:3.22\nRUN dnf install -y {|CL1030:--setopt=sslverify=false|} x\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1030", markup);
}
