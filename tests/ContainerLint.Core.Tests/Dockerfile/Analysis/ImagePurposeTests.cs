namespace ContainerLint.Core.Tests.Dockerfile.Analysis;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Dockerfile.Analysis;

/// <summary>What the built image is for, by its file name: development images are not judged as production images.</summary>
public sealed class ImagePurposeTests
{
    private const string App = "FROM debian:bookworm-slim\nUSER root\nCOPY app /app\nCMD [\"/app\"]\n";

    [Theory]
    [InlineData(".devcontainer/Dockerfile", ImagePurpose.Development)]
    [InlineData("src/.devcontainer/Dockerfile", ImagePurpose.Development)]
    [InlineData("Dockerfile.dev", ImagePurpose.Development)]
    [InlineData("dev.Dockerfile", ImagePurpose.Development)]
    [InlineData("modules/web/dev.go.Dockerfile", ImagePurpose.Development)]
    [InlineData("web.dev.Dockerfile", ImagePurpose.Development)]
    [InlineData("tools/.gitpod.Dockerfile", ImagePurpose.Development)]
    [InlineData("Dockerfile", ImagePurpose.Runtime)]
    [InlineData("devops/Dockerfile", ImagePurpose.Runtime)]
    [InlineData("device.Dockerfile", ImagePurpose.Runtime)]
    [InlineData("gitpod.Dockerfile", ImagePurpose.Runtime)]
    public void NamesOfDevelopmentImages(string path, ImagePurpose expected) =>
        Assert.Equal(expected, new DockerfileFacts(DockerfileDocument.Parse(App, path), LintConfiguration.Default).Final!.Purpose);
}
