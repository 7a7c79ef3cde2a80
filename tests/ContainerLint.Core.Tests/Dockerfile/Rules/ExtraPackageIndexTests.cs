namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1049 ExtraPackageIndex: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class ExtraPackageIndexTests
{
    [Theory]
    [InlineData("FROM python:3.13\nRUN pip install {|CL1049:--extra-index-url|} https://pkgs.example/simple lib==1\n")]
    // Two vendor indexes and no public one: nothing on pypi.org can shadow them (jupyter/docker-stacks pytorch-notebook).
    [InlineData("FROM python:3.13\nRUN pip install -v --extra-index-url=https://pypi.nvidia.com --index-url https://download.pytorch.org/whl torch\n")]
    [InlineData("FROM python:3.13\nENV {|CL1049:PIP_EXTRA_INDEX_URL=https://pkgs.example/simple|}\n")]
    [InlineData("FROM python:3.13\nRUN pip config set {|CL1049:global.extra-index-url|} https://pkgs.example/simple\n")]
    [InlineData("FROM python:3.13\nRUN pip install --index-url https://pkgs.example/simple lib==1\n")]
    [InlineData("FROM python:3.13\nRUN pip install --extra-index-url $EXTRA lib==1\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1049", markup);

    [Fact]
    public void TheMessageMasksCredentialsInTheUrl()
    {
        var finding = DockerfileRuleHarness.Findings("CL1049", "FROM python:3.13\nRUN pip install --extra-index-url https://user:hunter2secret@pkgs.example/simple lib==1\n").Single();
        Assert.DoesNotContain("hunter2secret", finding.Message, StringComparison.Ordinal);
    }
}
