namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1013 SudoUsed: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class SudoUsedTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN {|CL1013:sudo|} apt-get update\n")]
    [InlineData("FROM alpine:3.22\nRUN apt-get install -y sudo\n")] // runs as root anyway: sudo adds no privilege (CL1010 reports the root user)
    [InlineData("FROM alpine:3.22\nRUN apt-get install -y {|CL1013:sudo|}\nUSER app\n")]
    [InlineData("FROM alpine:3.22\nRUN apt-get install -y {|CL1013:sudo|}\nUSER 10001\n")]
    [InlineData("FROM alpine:3.22\nRUN apt-get install -y {|CL1013:sudo|}\nUSER $APP_USER\n")] // not known: may be non-root
    [InlineData("FROM gcr.io/distroless/base:nonroot AS run\nRUN apt-get install -y {|CL1013:sudo|}\n")] // the base runs as nonroot
    [InlineData("FROM alpine:3.22 AS tools\nRUN apk add sudo\nFROM alpine:3.22\nCOPY --from=tools /bin/true /bin/\nUSER app\n")] // the stage does not ship
    [InlineData("FROM alpine:3.22\nUSER app\nRUN apt-get install -y sudo\nUSER root\n")]
    [InlineData("FROM ubuntu:noble\nRUN apt-get install -y {|CL1013:sudo|} && echo 'proxy ALL=NOPASSWD: ALL' >> /etc/sudoers\n")] // a grant for the images built on it
    [InlineData("FROM alpine:3.22\nRUN echo sudo\n")]
    [InlineData("FROM alpine:3.22\nRUN apk add --no-cache su-exec\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1013", markup);

    [Theory]
    [InlineData("FROM alpine:3.22\nRUN apt-get install -y sudo\nUSER app\n", "installs sudo into an image that runs as 'app'")]
    [InlineData("FROM ubuntu:noble\nRUN apt-get install -y sudo && echo 'proxy ALL=NOPASSWD: ALL' >> /etc/sudoers\n", "grants passwordless sudo (NOPASSWD)")]
    [InlineData("FROM alpine:3.22\nRUN sudo apt-get update\n", "runs sudo; RUN already has the privileges of the current USER")]
    public void SaysWhy(string dockerfile, string expected) =>
        Assert.Contains(expected, Assert.Single(DockerfileRuleHarness.Findings("CL1013", dockerfile)).Message);
}
