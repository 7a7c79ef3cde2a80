namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1048 LanguagePackageNotPinned: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class LanguagePackageNotPinnedTests
{
    [Theory]
    [InlineData("FROM python:3.13\nRUN pip install --no-cache-dir requests==2.32.3 {|CL1048:flask|} -r requirements.txt . git+https://x/y\n")]
    [InlineData("FROM python:3.13\nRUN python3 -m pip install --no-cache-dir {|CL1048:flask|}\n")]
    [InlineData("FROM node:22\nRUN npm install -g pnpm@9 {|CL1048:yarn|} && npm install express\n")]
    [InlineData("FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16 && go install {|CL1048:example.com/cmd/tool@latest|}\n")]
    [InlineData("FROM ruby:3.3\nRUN gem install rake:13.2 {|CL1048:bundler|} && gem install -v 2.5 rails\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl\n")]
    [InlineData("FROM node:22\nRUN npm ci && npm install\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1048", markup);
}
