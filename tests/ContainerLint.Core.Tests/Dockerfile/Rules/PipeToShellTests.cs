namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1034 PipeToShell: snippet -> exact spans.</summary>
public sealed class PipeToShellTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN curl -fsSL https://get.example.com | sh\n", new string[] { "CL1034@(2,42,2,44)" })]
    [InlineData("FROM alpine:3.22\nRUN wget -qO- https://x | sudo bash -s -- --flag\n", new string[] { "CL1034@(2,32,2,36)" })]
    [InlineData("FROM alpine:3.22\nRUN sh -c \"$(curl -fsSL https://x)\"\n", new string[] { "CL1034@(2,5,2,7)" })]
    [InlineData("FROM alpine:3.22\nRUN curl -fsSL https://x -o i.sh && sh i.sh\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nRUN <<EOF\nset -e\ncurl -fsSL https://x | bash\nEOF\n", new string[] { "CL1034@(4,24,4,28)" })]
    [InlineData("FROM alpine:3.22\nRUN <<EOF python3\nimport os\nos.system('curl x | sh')\nEOF\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nRUN [\"sh\", \"-c\", \"curl -fsSL https://x | sh\"]\n", new string[] { "CL1034@(2,42,2,44)" })]
    [InlineData("FROM alpine:3.22\nRUN curl -fsSL https://x \\\n    | bash\n", new string[] { "CL1034@(3,7,3,11)" })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1034", dockerfile));
}
