namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1040 AptKeyAddWithoutFingerprint: snippet -> exact spans.</summary>
public sealed class AptKeyAddWithoutFingerprintTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN curl -fsSL https://x/key.asc | apt-key add -\n", new string[] { "CL1040@(2,36,2,43)" })]
    [InlineData("FROM alpine:3.22\nRUN apt-key add /tmp/key.asc\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nRUN curl -fsSL https://x/key.asc -o k.asc && gpg --show-keys --with-fingerprint k.asc && apt-key add k.asc\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1040", dockerfile));
}
