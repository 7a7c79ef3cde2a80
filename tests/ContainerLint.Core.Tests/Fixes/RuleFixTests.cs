namespace ContainerLint.Core.Tests.Fixes;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Fixes;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// Each rule's fix, applied the way <c>containerlint fix</c> applies it (through <see cref="FileFixer"/>, with only that
/// rule's findings), as input → expected output; and where the fix must not be offered.
/// </summary>
public sealed class RuleFixTests
{
    private static readonly LintEngine Engine = LintEngine.CreateDefault();

    internal static IReadOnlyList<Finding> Lint(string text, string path)
    {
        var kind = path.EndsWith(".yaml", StringComparison.Ordinal) ? FileKind.Kubernetes : FileKind.Dockerfile;
        return Engine.Lint(new LintInput(path, new SourceText(text)), kind, LintConfiguration.Default with { Policy = Policies.All }).Findings;
    }

    /// <summary>The text after fixing only <paramref name="ruleId"/>'s findings; asserts the fixed text no longer has them (when it changed) and a second fix changes nothing.</summary>
    internal static string Fix(string ruleId, string text, string path = "Dockerfile")
    {
        IReadOnlyList<Finding> Only(string t) => Lint(t, path).Where(f => f.RuleId == ruleId).ToList();
        var outcome = FileFixer.Fix(text, Only);
        Assert.True(outcome.Converged);
        if (outcome.Changed) Assert.DoesNotContain(Only(outcome.Fixed), f => f.Fix is not null);
        Assert.False(FileFixer.Fix(outcome.Fixed, Only).Changed);
        return outcome.Fixed;
    }

    [Theory]
    [InlineData("FROM alpine:3.21\nADD app.py /app/\n", "FROM alpine:3.21\nCOPY app.py /app/\n")]
    [InlineData("from alpine:3.21\nadd app.py /app/\n", "from alpine:3.21\ncopy app.py /app/\n")]
    [InlineData("FROM alpine:3.21\nADD https://example.com/a.tgz /opt/\n", "FROM alpine:3.21\nADD https://example.com/a.tgz /opt/\n")]
    public void AddOfLocalFilesBecomesCopy(string before, string after) => Assert.Equal(after, Fix("CL1032", before));

    [Theory]
    [InlineData("FROM alpine:3.21\nMAINTAINER Jane Doe <jane@example.com>\n", "FROM alpine:3.21\nLABEL org.opencontainers.image.authors=\"Jane Doe <jane@example.com>\"\n")]
    [InlineData("from alpine:3.21\nmaintainer a$b\n", "from alpine:3.21\nlabel org.opencontainers.image.authors=\"a\\$b\"\n")]
    public void MaintainerBecomesTheOciAuthorsLabel(string before, string after) => Assert.Equal(after, Fix("CL1070", before));

    [Theory]
    [InlineData("FROM node:22\nCMD node server.js\n", "FROM node:22\nCMD [\"node\", \"server.js\"]\n")]
    [InlineData("FROM node:22\nENTRYPOINT node server.js\n", "FROM node:22\nENTRYPOINT [\"node\", \"server.js\"]\n")]
    // Shell syntax: the shell is needed, no fix.
    [InlineData("FROM node:22\nCMD node $APP\n", "FROM node:22\nCMD node $APP\n")]
    [InlineData("FROM node:22\nCMD node a.js && node b.js\n", "FROM node:22\nCMD node a.js && node b.js\n")]
    [InlineData("FROM node:22\nCMD node *.js\n", "FROM node:22\nCMD node *.js\n")]
    [InlineData("FROM node:22\nCMD node a.js > log\n", "FROM node:22\nCMD node a.js > log\n")]
    [InlineData("FROM node:22\nCMD node 'a b.js'\n", "FROM node:22\nCMD node 'a b.js'\n")]
    // With an ENTRYPOINT, a shell-form CMD is its argument list as sh -c "…": rewriting it changes the command.
    [InlineData("FROM node:22\nENTRYPOINT [\"tini\", \"--\"]\nCMD node server.js\n", "FROM node:22\nENTRYPOINT [\"tini\", \"--\"]\nCMD node server.js\n")]
    // A shell-form ENTRYPOINT ignores CMD; the exec form would append it.
    [InlineData("FROM node:22\nENTRYPOINT node server.js\nCMD [\"--port\", \"80\"]\n", "FROM node:22\nENTRYPOINT node server.js\nCMD [\"--port\", \"80\"]\n")]
    public void ShellFormCommandsBecomeJsonOnlyWhereEquivalent(string before, string after) => Assert.Equal(after, Fix("CL1059", before));

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl\n", "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get update \\\n && apt-get install \\\n   curl\n", "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y \\\n   curl\n")]
    [InlineData("FROM fedora:41\nRUN dnf install httpd\n", "FROM fedora:41\nRUN dnf install -y httpd\n")]
    // Exec form is JSON: not edited.
    [InlineData("FROM debian:12\nRUN [\"apt-get\", \"install\", \"curl\"]\n", "FROM debian:12\nRUN [\"apt-get\", \"install\", \"curl\"]\n")]
    public void NonInteractiveFlagIsAdded(string before, string after) => Assert.Equal(after, Fix("CL1039", before));

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y curl\n", "FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && aptitude install -y curl\n", "FROM debian:12\nRUN apt-get update && aptitude install -y curl\n")]
    public void RecommendsAreLeftOut(string before, string after) => Assert.Equal(after, Fix("CL1041", before));

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y curl\n", "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n")]
    [InlineData("FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl   \n", "FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl && rm -rf /var/lib/apt/lists/*   \n")]
    // Not a plain && chain ending with the install: no cleanup is appended.
    [InlineData("FROM debian:12\nRUN apt-get update; apt-get install -y curl\n", "FROM debian:12\nRUN apt-get update; apt-get install -y curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y curl && curl -V\n", "FROM debian:12\nRUN apt-get update && apt-get install -y curl && curl -V\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y curl || true\n", "FROM debian:12\nRUN apt-get update && apt-get install -y curl || true\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y curl > /dev/null\n", "FROM debian:12\nRUN apt-get update && apt-get install -y curl > /dev/null\n")]
    [InlineData("FROM alpine:3.21\nRUN apk add curl\n", "FROM alpine:3.21\nRUN apk add --no-cache curl\n")]
    public void PackageCachesAreCleaned(string before, string after) => Assert.Equal(after, Fix("CL1042", before));

    [Theory]
    [InlineData("FROM alpine:3.21\nENV MODE production\nENV GREETING hello world\nLABEL team platform\n", "FROM alpine:3.21\nENV MODE=production\nENV GREETING=\"hello world\"\nLABEL team=platform\n")]
    [InlineData("FROM alpine:3.21\nENV PATH_X \"a b\"\n", "FROM alpine:3.21\nENV PATH_X=\"a b\"\n")]
    public void LegacyKeyValuePairsAreRewritten(string before, string after) => Assert.Equal(after, Fix("CL1077", before));

    [Fact]
    public void ALegacyPairHoldingASecretIsLeftAlone()
    {
        const string before = "FROM alpine:3.21\nENV MODE production\nENV GITHUB_TOKEN ghp_abcdefghijklmnopqrstuvwxyz0123456789\n";
        Assert.Equal("FROM alpine:3.21\nENV MODE=production\nENV GITHUB_TOKEN ghp_abcdefghijklmnopqrstuvwxyz0123456789\n", Fix("CL1077", before));
    }
}
