namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1006 CredentialsInRunCommand: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class CredentialsInRunCommandTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN curl -u {|CL1006:deploy:S3cr3tPass|} https://x/p -o /tmp/p\n")]
    [InlineData("FROM alpine:3.22\nRUN curl -u \"deploy:$PW\" https://x/p\n")]
    [InlineData("FROM alpine:3.22\nRUN mysql -uroot {|CL1006:-pS3cret123|} -e 'select 1'\n")]
    [InlineData("FROM alpine:3.22\nRUN git clone {|CL1006:https://bot:hunter2pw@github.com/acme/app.git|}\n")]
    [InlineData("FROM alpine:3.22\nRUN --mount=type=secret,id=npm,target=/root/.npmrc npm ci\n")]
    [InlineData("FROM alpine:3.22\nRUN echo {|CL1006:\"//registry.npmjs.org/:_authToken=npm_abcdef123456\"|} > ~/.npmrc\n")]
    [InlineData("FROM alpine:3.22\nRUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > ~/.npmrc\n")]
    [InlineData("FROM alpine:3.22\nRUN docker login -p {|CL1006:hunter22|} registry.example.com\n")]
    [InlineData("FROM alpine:3.22\nRUN wget --password={|CL1006:S3cretPass|} https://x/f\n")]
    [InlineData("FROM alpine:3.22\nRUN [\"curl\", \"-u\", {|CL1006:\"admin:Passw0rd!\"|}, \"https://x\"]\n")]
    [InlineData("FROM alpine:3.22\nRUN --mount=type=secret,id=pw mysql -p\"$(cat /run/secrets/pw)\" -e 'select 1'\n")]
    [InlineData("FROM alpine:3.22\nRUN apt-get update \\\n && curl --user {|CL1006:ci:t0pS3cret|} https://x/f -o f\n")]
    [InlineData("FROM alpine:3.22\nRUN mysql -p -e 'select 1'\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1006", markup);

    // The rule searches a script's text once and words one by one only where that search (or a quote, an escape or a line
    // continuation inside a word) says a credential's literal can be: a literal split in the text is still found.
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN echo {|CL1006:gh\"p_\"0123456789abcdefghijABCDEFGHIJ0123456789|} > /tmp/t\n")]
    [InlineData("FROM alpine:3.22\nRUN echo {|CL1006:gh\\p_0123456789abcdefghijABCDEFGHIJ0123456789|} > /tmp/t\n")]
    [InlineData("FROM alpine:3.22\nRUN <<EOF\necho {|CL1006:gh\\\np_0123456789abcdefghijABCDEFGHIJ0123456789|} > /tmp/t\nEOF\n")]
    [InlineData("FROM alpine:3.22\nRUN wget \"--\"password {|CL1006:S3cretPass|} https://x/f\n")]
    [InlineData("FROM alpine:3.22\nRUN <<EOF\nwget -\\\n-password {|CL1006:S3cretPass|} https://x/f\nEOF\n")]
    [InlineData("FROM alpine:3.22\nRUN echo ghp_short && wget -password x https://x/f\n")]
    public void FindsLiteralsThatQuotesEscapesOrContinuationsSplitInTheText(string markup) => DockerfileRuleHarness.Verify("CL1006", markup);

    // Only words in whose text a literal starts are searched: words nested in substitutions, at the start of the script, after
    // other URLs, or several in one script are each still found. A credential inside an assignment's substitution is one
    // finding, at the nested word, not a second one for the assignment that holds it.
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN x=\"$(git clone {|CL1006:https://bot:hunter2pw@github.com/a.git|})\" && echo $x\n")]
    [InlineData("FROM alpine:3.22\nRUN x=`git clone {|CL1006:https://bot:hunter2pw@github.com/a.git|}`\n")]
    [InlineData("FROM alpine:3.22\nRUN curl https://x/a -o a && git clone {|CL1006:https://bot:hunter2pw@github.com/a.git|} && curl https://x/b\n")]
    [InlineData("FROM alpine:3.22\nRUN git clone {|CL1006:https://a:hunter2pw@x/a.git|} && git clone {|CL1006:https://b:hunter3pw@x/b.git|}\n")]
    [InlineData("FROM alpine:3.22\nRUN [\"git\", \"clone\", {|CL1006:\"https://bot:hunter2pw@github.com/a.git\"|}]\n")]
    [InlineData("FROM alpine:3.22\nRUN {|CL1006:TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ0123456789|} ./build.sh\n")]
    [InlineData("FROM alpine:3.22\nRUN curl https://x/a -o a; echo {|CL1006:ghp_0123456789abcdefghijABCDEFGHIJ0123456789|} > t\n")]
    public void FindsEveryWordWhereALiteralStarts(string markup) => DockerfileRuleHarness.Verify("CL1006", markup);
}
