namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1029 PlaintextDependencySource: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class PlaintextDependencySourceTests
{
    [Theory]
    [InlineData("FROM python:3.13\nRUN pip install --index-url {|CL1029:http://pypi.example/simple|} flask==3.1.0\n")]
    [InlineData("FROM python:3.13\nRUN pip install --index-url=https://pypi.example/simple flask==3.1.0\n")]
    [InlineData("FROM python:3.13\nRUN pip install {|CL1029:git+git://github.com/x/y.git|}\n")]
    [InlineData("FROM python:3.13\nRUN pip install {|CL1029:git+http://github.com/x/y.git|} {|CL1029:http://example.com/pkg-1.0.tar.gz|}\n")]
    [InlineData("FROM python:3.13\nRUN pip install git+https://github.com/x/y.git@v1.0\n")]
    [InlineData("FROM python:3.13\nRUN python3 -m pip install -f {|CL1029:http://wheels.example/|} x==1\n")]
    [InlineData("FROM python:3.13\nENV {|CL1029:PIP_INDEX_URL=http://pypi.example/simple|}\n")]
    [InlineData("FROM node:22\nRUN npm install --registry {|CL1029:http://npm.example/|} && npm config set registry {|CL1029:http://npm.example/|}\n")]
    [InlineData("FROM node:22\nRUN npm install --registry https://npm.example/\n")]
    [InlineData("FROM ruby:3.3\nRUN gem install --source {|CL1029:http://gems.example|} rails:7.1\n")]
    [InlineData("FROM alpine:3.22\nRUN git clone {|CL1029:git://example.com/repo.git|} && git clone https://example.com/repo.git\n")]
    [InlineData("FROM python:3.13\nRUN pip install --index-url http://localhost:3141/root/pypi flask==3.1.0\n")]
    [InlineData("FROM debian:12\nRUN echo 'deb http://deb.debian.org/debian bookworm main' > /etc/apt/sources.list && apt-get update\n")]
    [InlineData("FROM golang:1.23\nENV {|CL1029:GOPROXY=http://proxy.example,direct|}\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1029", markup);
}
