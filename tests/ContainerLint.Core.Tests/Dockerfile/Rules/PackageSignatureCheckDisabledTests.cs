namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1031 PackageSignatureCheckDisabled: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class PackageSignatureCheckDisabledTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN apt-get install -y {|CL1031:--allow-unauthenticated|} x\n")]
    [InlineData("FROM alpine:3.22\nCOPY x.apk /tmp/\nRUN apk add {|CL1031:--allow-untrusted|} /tmp/x.apk\n")]
    [InlineData("FROM alpine:3.22\nRUN apk add {|CL1031:--allow-untrusted|} -X https://mirror.example/v3.22/main curl\n")]
    [InlineData("FROM alpine:3.22\nRUN abuild -r && apk add --allow-untrusted /home/builder/packages/main/x86_64/*.apk\n")]
    [InlineData("FROM alpine:3.22\nRUN curl -fsSLO https://example.com/tool.apk && apk add --allow-untrusted tool.apk\n")]
    [InlineData("FROM debian:12\nRUN dpkg-scanpackages . > Packages && echo 'deb [trusted=yes] file:/tmp/repo ./' > /etc/apt/sources.list.d/local.list\n")]
    [InlineData("FROM alpine:3.22\nRUN dnf install -y {|CL1031:--nogpgcheck|} x\n")]
    [InlineData("FROM alpine:3.22\nRUN echo 'deb {|CL1031:[trusted=yes]|} http://repo/ ./' > /etc/apt/sources.list.d/x.list\n")]
    [InlineData("FROM alpine:3.22\nRUN cat > /etc/yum.repos.d/x.repo <<EOF\n[x]\n{|CL1031:gpgcheck=0|}\nrepo_gpgcheck=0\nEOF\n")]
    [InlineData("FROM alpine:3.22\nRUN printf '[x]\\ngpgcheck=1\\nrepo_gpgcheck=0\\n' > /etc/yum.repos.d/x.repo\n")]
    [InlineData("FROM alpine:3.22\nENV {|CL1031:GOSUMDB=off|}\n")]
    [InlineData("FROM alpine:3.22\nRUN apt-get install -y x\n")]
    [InlineData("FROM alpine:3.22\nCOPY x.rpm .\nRUN rpm -i {|CL1031:--nosignature|} x.rpm\n")]
    [InlineData("FROM alpine:3.22\nRUN rpmbuild -bb app.spec && rpm -i --nosignature ~/rpmbuild/RPMS/x86_64/app.rpm\n")]
    [InlineData("FROM alpine:3.22\nRUN rpm -i {|CL1031:--nosignature|} https://example.com/app.rpm\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1031", markup);
}
