namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1017 WeakChecksumVerification: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class WeakChecksumVerificationTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN echo \"$SHA1  x.tgz\" | {|CL1017:sha1sum|} -c -\n")]
    [InlineData("FROM debian:12\nRUN echo \"$MD5  x.tgz\" | {|CL1017:md5sum|} --check -\n")]
    [InlineData("FROM debian:12\nRUN echo \"$SUM  x.tgz\" | {|CL1017:shasum|} -c -\n")]
    [InlineData("FROM debian:12\nRUN echo \"$SUM  x.tgz\" | shasum -a 256 -c -\n")]
    [InlineData("FROM debian:12\nRUN echo \"$SUM  x.tgz\" | sha256sum -c -\n")]
    [InlineData("FROM debian:12\nRUN md5sum x.tgz > x.md5\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1017", markup);
}
