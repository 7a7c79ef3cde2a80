namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1013 SudoUsed: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class SudoUsedTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN {|CL1013:sudo|} apt-get update\n")]
    [InlineData("FROM alpine:3.22\nRUN sudo -u app make\n")] // drops privileges
    [InlineData("FROM alpine:3.22\nRUN apt-get install -y sudo\nUSER app\n")] // installed, granted to nobody: nobody gets in
    [InlineData("FROM alpine:3.22\nRUN apt-get install -y sudo && sed -i 's/^%sudo/#%sudo/' /etc/sudoers\nUSER 1000\n")] // Jupyter: the group rule taken out
    [InlineData("FROM alpine:3.22\nRUN apt-get install -y {|CL1013:sudo|} && echo 'app ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/app\nUSER app\n")]
    [InlineData("FROM alpine:3.22\nRUN apt-get install -y {|CL1013:sudo|} && usermod -aG sudo app\nUSER app\n")]
    [InlineData("FROM alpine:3.22\nRUN apk add {|CL1013:sudo|}\nRUN adduser -D app && adduser app wheel\nUSER app\n")]
    [InlineData("FROM alpine:3.22\nRUN apt-get install -y {|CL1013:sudo|} && echo 'app ALL=(root) ALL' >> /etc/sudoers\nUSER app\n")]
    [InlineData("FROM ubuntu:noble\nRUN apt-get install -y {|CL1013:sudo|} && echo 'proxy ALL=NOPASSWD: ALL' >> /etc/sudoers\n")] // a grant for the images built on it
    [InlineData("FROM alpine:3.22 AS tools\nRUN apk add sudo && echo 'a ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers\nFROM alpine:3.22\nCOPY --from=tools /bin/true /bin/\nUSER app\n")] // the stage does not ship
    [InlineData("FROM alpine:3.22\nRUN echo sudo\n")]
    [InlineData("FROM alpine:3.22\nRUN apk add --no-cache su-exec\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1013", markup);

    [Theory]
    [InlineData("FROM ubuntu:noble\nRUN apt-get install -y sudo && echo 'proxy ALL=NOPASSWD: ALL' >> /etc/sudoers\n", "The RUN installs sudo and grants passwordless sudo (NOPASSWD)")]
    [InlineData("FROM alpine:3.22\nRUN apt-get install -y sudo && usermod -aG sudo app\nUSER app\n", "The RUN installs sudo and grants it (a sudoers rule, or the sudo, wheel or admin group)")]
    [InlineData("FROM alpine:3.22\nRUN sudo apt-get update\n", "The RUN runs sudo; RUN already has the privileges of the current USER")]
    public void SaysWhy(string dockerfile, string expected) =>
        Assert.StartsWith(expected, Assert.Single(DockerfileRuleHarness.Findings("CL1013", dockerfile)).Message, StringComparison.Ordinal);
}
