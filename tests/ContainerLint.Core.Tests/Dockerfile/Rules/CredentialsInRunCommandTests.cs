namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1006 CredentialsInRunCommand: snippet -> exact spans.</summary>
public sealed class CredentialsInRunCommandTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN curl -u deploy:S3cr3tPass https://x/p -o /tmp/p\n", new string[] { "CL1006@(2,13,2,30)" })]
    [InlineData("FROM alpine:3.22\nRUN curl -u \"deploy:$PW\" https://x/p\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nRUN mysql -uroot -pS3cret123 -e 'select 1'\n", new string[] { "CL1006@(2,18,2,29)" })]
    [InlineData("FROM alpine:3.22\nRUN git clone https://bot:hunter2pw@github.com/acme/app.git\n", new string[] { "CL1006@(2,15,2,60)" })]
    [InlineData("FROM alpine:3.22\nRUN --mount=type=secret,id=npm,target=/root/.npmrc npm ci\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nRUN echo \"//registry.npmjs.org/:_authToken=npm_abcdef123456\" > ~/.npmrc\n", new string[] { "CL1006@(2,10,2,61)" })]
    [InlineData("FROM alpine:3.22\nRUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > ~/.npmrc\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nRUN docker login -p hunter22 registry.example.com\n", new string[] { "CL1006@(2,21,2,29)" })]
    [InlineData("FROM alpine:3.22\nRUN wget --password=S3cretPass https://x/f\n", new string[] { "CL1006@(2,21,2,31)" })]
    [InlineData("FROM alpine:3.22\nRUN [\"curl\", \"-u\", \"admin:Passw0rd!\", \"https://x\"]\n", new string[] { "CL1006@(2,20,2,37)" })]
    [InlineData("FROM alpine:3.22\nRUN --mount=type=secret,id=pw mysql -p\"$(cat /run/secrets/pw)\" -e 'select 1'\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nRUN apt-get update \\\n && curl --user ci:t0pS3cret https://x/f -o f\n", new string[] { "CL1006@(3,17,3,29)" })]
    [InlineData("FROM alpine:3.22\nRUN mysql -p -e 'select 1'\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1006", dockerfile));
}
