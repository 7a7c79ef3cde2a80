namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1034 PipeToShell: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class PipeToShellTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN curl -fsSL https://get.example.com | {|CL1034:sh|}\n")]
    [InlineData("FROM alpine:3.22\nRUN wget -qO- https://x | sudo {|CL1034:bash|} -s -- --flag\n")]
    [InlineData("FROM alpine:3.22\nRUN {|CL1034:sh|} -c \"$(curl -fsSL https://x)\"\n")]
    [InlineData("FROM alpine:3.22\nRUN curl -fsSL https://x -o i.sh && sh i.sh\n")]
    [InlineData("FROM alpine:3.22\nRUN <<EOF\nset -e\ncurl -fsSL https://x | {|CL1034:bash|}\nEOF\n")]
    [InlineData("FROM alpine:3.22\nRUN <<EOF python3\nimport os\nos.system('curl x | sh')\nEOF\n")]
    [InlineData("FROM alpine:3.22\nRUN [\"sh\", \"-c\", \"curl -fsSL https://x | {|CL1034:sh|}\"]\n")]
    [InlineData("FROM alpine:3.22\nRUN curl -fsSL https://x \\\n    | {|CL1034:bash|}\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1034", markup);
}
