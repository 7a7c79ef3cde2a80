namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1004 SecretValueInArgOrEnv: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class SecretValueInArgOrEnvTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nENV GH={|CL1004:ghp_abcdefghijklmnopqrstuvwxyz0123456789|}\n")]
    [InlineData("FROM alpine:3.22\nARG AWS_ID={|CL1004:AKIAIOSFODNN7EXAMPLE|}\n")]
    [InlineData("FROM alpine:3.22\nENV REDIS_DOWNLOAD_SHA=5d0e3b8e3a5a3f6b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b\n")]
    [InlineData("FROM alpine:3.22\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n")]
    [InlineData("FROM alpine:3.22\nENV DATABASE_URL={|CL1004:postgres://app:hunter2pw@db:5432/app|}\n")]
    [InlineData("FROM alpine:3.22\nENV DATABASE_URL=postgres://app:${DB_PW}@db:5432/app\n")]
    [InlineData("FROM alpine:3.22\nENV PATH=/usr/local/bin:$PATH LANG=C.UTF-8\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1004", markup);
}
