namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1079 RuntimeSocketMountedInBuild: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class RuntimeSocketMountedInBuildTests
{
    [Theory]
    [InlineData("FROM docker:27-cli\nRUN --mount={|CL1079:type=bind,source=/var/run/docker.sock,target=/var/run/docker.sock|} docker ps\n")]
    [InlineData("FROM alpine:3.22\nRUN --mount={|CL1079:type=bind,from=host,src=/run/containerd/containerd.sock,dst=/sock/containerd.sock|} ctr version\n")]
    [InlineData("FROM alpine:3.22\nRUN --mount=type=cache,target=/root/.cache pip install x==1\n")]
    [InlineData("FROM alpine:3.22\nRUN --mount=type=bind,source=app,target=/src make\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1079", markup);
}
