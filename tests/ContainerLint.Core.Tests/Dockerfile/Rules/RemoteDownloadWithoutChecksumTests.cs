namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1033 RemoteDownloadWithoutChecksum: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class RemoteDownloadWithoutChecksumTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nADD {|CL1033:https://example.com/tool.tar.gz|} /tmp/\n")]
    [InlineData("FROM alpine:3.22\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /tmp/\n")]
    [InlineData("FROM alpine:3.22\nADD {|CL1033:https://github.com/moby/buildkit.git#v0.10.1|} /bk\n")]
    [InlineData("FROM alpine:3.22\nADD https://github.com/moby/buildkit.git#9c3a3f8d2b3c4e5f6a7b8c9d0e1f2a3b4c5d6e7f /bk\n")]
    [InlineData("FROM alpine:3.22\nRUN curl -fsSLo /tmp/x.tgz {|CL1033:https://x/x.tgz|} && tar -xzf /tmp/x.tgz\n")]
    [InlineData("FROM alpine:3.22\nRUN curl -fsSLo /tmp/x.tgz https://x/x.tgz && echo \"$SHA  /tmp/x.tgz\" | sha256sum -c - && tar -xzf /tmp/x.tgz\n")]
    [InlineData("FROM alpine:3.22\nRUN curl -fsSL {|CL1033:https://x/x.tgz|} | tar -xz\n")]
    [InlineData("FROM alpine:3.22\nRUN curl -fsSL https://x/key.gpg | gpg --dearmor -o /usr/share/keyrings/x.gpg\n")]
    [InlineData("FROM alpine:3.22\nRUN curl -fsS http://localhost/health\n")]
    [InlineData("FROM alpine:3.22\nRUN wget {|CL1033:https://x/f.tgz|}\n")]
    // The output of a combined -fSLo is not the URL, even when it holds a variable (dotnet-framework-docker's nuget.exe).
    [InlineData("FROM alpine:3.22\nRUN curl -fSLo $HOME/bin/tool {|CL1033:https://x/tool|}\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/framework/sdk:4.8.1\nRUN curl -fSLo %ProgramFiles%\\NuGet\\nuget.exe {|CL1033:https://dist.nuget.org/win-x86-commandline/v6.12.1/nuget.exe|}\n")]
    [InlineData("FROM alpine:3.22\nRUN wget -O f.tgz https://x/f.tgz && wget -O f.tgz.asc https://x/f.tgz.asc && gpg --batch --verify f.tgz.asc f.tgz\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1033", markup);
}
