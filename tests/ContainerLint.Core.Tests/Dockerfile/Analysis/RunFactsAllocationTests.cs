namespace ContainerLint.Core.Tests.Dockerfile.Analysis;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Dockerfile.Analysis;

/// <summary>The cheaper ways the RUN facts are built read the same as before: spans, Windows commands, packages.</summary>
public sealed class RunFactsAllocationTests
{
    [Fact]
    public void TheCommandLineMapsThroughItsRunWithoutADelegate()
    {
        var document = DockerfileDocument.Parse("FROM alpine\nRUN apk add \\\n    curl && echo done\n");
        var run = new DockerfileFacts(document, LintConfiguration.Default).Runs.Single();
        var script = run.Scripts.Single();
        Assert.Equal(ScriptOrigin.CommandLine, script.Origin);
        var curl = script.Script.Commands[0].Words[2];
        Assert.Equal("curl", curl.Value);
        Assert.Equal(run.Instruction.MapSpan(curl.Start, curl.End), script.SpanOf(curl));
        Assert.Equal(3, script.SpanOf(curl).Line);
    }

    [Fact]
    public void TypicalRunsStayWithinTheirAllocationBudget()
    {
        // Twenty RUNs of the usual kind: the facts of one cost 6.3 KB at 231227d and 5.0 KB since (words and commands smaller,
        // option words and common words not cut, arguments listed on demand, no delegate per command line).
        var lines = new System.Text.StringBuilder("FROM debian:bookworm\n");
        for (var i = 0; i < 20; i++)
        {
            lines.Append("RUN set -eux && apt-get update && apt-get install -y --no-install-recommends ca-certificates curl git")
                .Append(" && curl -fsSL -o /tmp/x.tgz https://example.com/x.tgz && tar -xzf /tmp/x.tgz -C /opt && rm -rf /var/lib/apt/lists/* /tmp/x.tgz\n");
        }

        var document = DockerfileDocument.Parse(lines.ToString());
        _ = new DockerfileFacts(document, LintConfiguration.Default);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var facts = new DockerfileFacts(document, LintConfiguration.Default);
        var perRun = (GC.GetAllocatedBytesForCurrentThread() - before) / 20;
        Assert.Equal(20, facts.Runs.Count);
        Assert.True(perRun < 5_500, $"{perRun} bytes per RUN");
    }

    [Fact]
    public void WindowsCommandsKeepApostrophesThroughThePosixText()
    {
        // Each apostrophe becomes four characters of POSIX text: far more than the buffer was first sized for.
        var quotes = new string('\'', 40);
        var text = $"FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN choco install -y \"git{quotes}x\" nodejs\n";
        var run = new DockerfileFacts(DockerfileDocument.Parse(text), LintConfiguration.Default).Runs.Single();
        var script = run.Scripts.Single(s => s.Origin == ScriptOrigin.WindowsCommand);
        var choco = script.Script.Commands.Single();
        Assert.Equal(["choco", "install", "-y", $"git{quotes}x", "nodejs"], choco.Words.Select(w => w.Value));
        Assert.Equal(["nodejs"], run.Packages.Single().Packages.Skip(1).Select(p => p.Name));
    }

    [Fact]
    public void PackageNamesAndPinsReadAsBefore()
    {
        var text = "FROM debian\nRUN apt-get install -y curl=8.0 libc6:amd64 vim/bookworm-backports && apk add --no-cache musl~1.2 bash"
            + " && pip install 'requests[socks]>=2' flask && yum install -y httpd-2.4.62 nginx\n";
        var run = new DockerfileFacts(DockerfileDocument.Parse(text), LintConfiguration.Default).Runs.Single();
        Assert.Equal(
            ["curl+", "libc6-", "vim-", "musl+", "bash-", "requests+", "flask-", "httpd+", "nginx-"],
            run.Packages.SelectMany(p => p.Packages).Select(p => p.Name + (p.IsPinned ? "+" : "-")));
    }
}
