namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1014 SetuidBitSet: snippet -> exact spans.</summary>
public sealed class SetuidBitSetTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN chmod u+s /usr/bin/x\n", new string[] { "CL1014@(2,11,2,14)" })]
    [InlineData("FROM alpine:3.22\nRUN chmod 4755 /x\n", new string[] { "CL1014@(2,11,2,15)" })]
    [InlineData("FROM alpine:3.22\nCOPY --chmod=2755 a /b\n", new string[] { "CL1014@(2,14,2,18)" })]
    [InlineData("FROM alpine:3.22\nRUN chmod 755 /x && chmod 1777 /tmp && chmod u-s /y && chmod -R g+rwX /z\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nRUN install -m 4755 a /usr/bin/a\n", new string[] { "CL1014@(2,16,2,20)" })]
    [InlineData("FROM alpine:3.22\nRUN chmod 0644 /etc/x\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1014", dockerfile));
}
