namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1014 SetuidBitSet: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class SetuidBitSetTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN chmod {|CL1014:u+s|} /usr/bin/x\n")]
    [InlineData("FROM alpine:3.22\nRUN chmod {|CL1014:4755|} /x\n")]
    [InlineData("FROM alpine:3.22\nCOPY --chmod={|CL1014:2755|} a /b\n")]
    [InlineData("FROM alpine:3.22\nRUN chmod 755 /x && chmod 1777 /tmp && chmod u-s /y && chmod -R g+rwX /z\n")]
    [InlineData("FROM alpine:3.22\nRUN install -m {|CL1014:4755|} a /usr/bin/a\n")]
    [InlineData("FROM alpine:3.22\nRUN chmod 0644 /etc/x\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1014", markup);
}
