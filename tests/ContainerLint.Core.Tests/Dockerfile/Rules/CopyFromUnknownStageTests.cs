namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1066 CopyFromUnknownStage: snippet -> expected findings with exact spans.</summary>
public sealed class CopyFromUnknownStageTests
{
    [Theory]
    [InlineData("FROM golang:1.23 AS builder\nFROM alpine:3.21\nCOPY --from={|CL1066:biulder|} /app /app\n")]
    [InlineData("FROM alpine:3.21\nCOPY --from={|CL1066:build|} /app /app\nFROM golang:1.23 AS build\n")]
    [InlineData("FROM golang:1.23 AS builder\nFROM alpine:3.21\nCOPY --from={|CL1066:5|} /app /app\n")]
    [InlineData("FROM golang:1.23 AS builder\nFROM alpine:3.21\nCOPY --from=builder /app /app\nCOPY --from=busybox /bin/sh /bin/sh\nCOPY --from=hello-world /hello /\nCOPY --from=docker.io/library/nginx:1.27 /etc/nginx /etc/nginx\n")]
    [InlineData("ARG SRC=builder\nFROM golang:1.23 AS builder\nFROM alpine:3.21\nARG SRC\nCOPY --from=${SRC} /app /app\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1066", markup);
}
