namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1004 SecretValueInArgOrEnv: snippet -> exact spans.</summary>
public sealed class SecretValueInArgOrEnvTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nENV GH=ghp_abcdefghijklmnopqrstuvwxyz0123456789\n", new string[] { "CL1004@(2,8,2,48)" })]
    [InlineData("FROM alpine:3.22\nARG AWS_ID=AKIAIOSFODNN7EXAMPLE\n", new string[] { "CL1004@(2,12,2,32)" })]
    [InlineData("FROM alpine:3.22\nENV REDIS_DOWNLOAD_SHA=5d0e3b8e3a5a3f6b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nENV DATABASE_URL=postgres://app:hunter2pw@db:5432/app\n", new string[] { "CL1004@(2,18,2,54)" })]
    [InlineData("FROM alpine:3.22\nENV DATABASE_URL=postgres://app:${DB_PW}@db:5432/app\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nENV PATH=/usr/local/bin:$PATH LANG=C.UTF-8\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1004", dockerfile));
}
