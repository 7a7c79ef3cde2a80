namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1066 CopyFromUnknownStage: snippet -> expected findings with exact spans.</summary>
public sealed class CopyFromUnknownStageTests
{
    [Theory]
    [InlineData("FROM golang:1.23 AS builder\nFROM alpine:3.21\nCOPY --from=biulder /app /app\n", "CL1066@(3,13,3,20)")]
    [InlineData("FROM alpine:3.21\nCOPY --from=build /app /app\nFROM golang:1.23 AS build\n", "CL1066@(2,13,2,18)")]
    [InlineData("FROM golang:1.23 AS builder\nFROM alpine:3.21\nCOPY --from=5 /app /app\n", "CL1066@(3,13,3,14)")]
    [InlineData("FROM golang:1.23 AS builder\nFROM alpine:3.21\nCOPY --from=builder /app /app\nCOPY --from=busybox /bin/sh /bin/sh\nCOPY --from=hello-world /hello /\nCOPY --from=docker.io/library/nginx:1.27 /etc/nginx /etc/nginx\n", "")]
    [InlineData("ARG SRC=builder\nFROM golang:1.23 AS builder\nFROM alpine:3.21\nARG SRC\nCOPY --from=${SRC} /app /app\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1066", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
