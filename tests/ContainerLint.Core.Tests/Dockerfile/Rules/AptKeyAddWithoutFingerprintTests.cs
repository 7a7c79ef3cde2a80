namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1040 AptKeyAddWithoutFingerprint: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class AptKeyAddWithoutFingerprintTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN curl -fsSL https://x/key.asc | {|CL1040:apt-key|} add -\n")]
    [InlineData("FROM alpine:3.22\nRUN apt-key add /tmp/key.asc\n")]
    [InlineData("FROM alpine:3.22\nRUN curl -fsSL https://x/key.asc -o k.asc && gpg --show-keys --with-fingerprint k.asc && apt-key add k.asc\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1040", markup);
}
