namespace ContainerLint.Core.Tests.Dockerfile.Rules;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Dockerfile.Context;
using ContainerLint.Core.Engine;

/// <summary>
/// CL1007 BuildContextShipsSecrets: the secret-looking files of the build context a COPY/ADD of the built image copies,
/// named on the source. Listings in memory for the copy semantics; a real folder for the runner's part.
/// </summary>
public sealed class BuildContextShipsSecretsTests
{
    private static readonly string[] NodeRepository =
    [
        ".env", ".env.sample", ".git/", "package.json", "package-lock.json", "src/server.js", "src/config/.env.local",
        "deploy/id_ed25519", "deploy/k8s/staging.kubeconfig", "docs/README.md",
    ];

    [Theory]
    [InlineData("FROM node:22-slim\nWORKDIR /app\nCOPY {|CL1007:.|} .\n")]
    [InlineData("FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nCOPY {|CL1007:src|} ./src\n")]
    [InlineData("FROM node:22-slim\nWORKDIR /app\nCOPY {|CL1007:./src/|} ./src/\n")]
    [InlineData("FROM node:22-slim\nCOPY {|CL1007:deploy/*|} /etc/deploy/\n")]
    // Only what is under the named folder ships; package files and docs hold nothing secret.
    [InlineData("FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nCOPY docs/ ./docs/\n")]
    // A named secret file is SecretFileAddedToImage's (CL1005); a named .git folder is this rule's.
    [InlineData("FROM node:22-slim\nCOPY .env /app/.env\nCOPY {|CL1007:.git|} /app/.git\n")]
    // COPY --exclude keeps them out; a build stage's copy ships only through what is copied out of it.
    [InlineData("FROM node:22-slim\nWORKDIR /app\nCOPY --exclude=.git --exclude=**/.env* --exclude=deploy . .\n")]
    [InlineData("FROM node:22 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM node:22-slim\nCOPY --from=build /app/dist /app\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1007", markup, context: Context(NodeRepository));

    [Fact]
    public void MessageNamesWhatShipsAndWhatItIs()
    {
        var finding = Assert.Single(DockerfileRuleHarness.Findings("CL1007", "FROM node:22-slim\nWORKDIR /app\nCOPY . .\n", context: Context(NodeRepository)));
        Assert.Equal(
            "COPY '.' copies secret-looking files of the build context into the image: .env (an environment file), .git/ (the git history), "
            + "src/config/.env.local (an environment file), deploy/id_ed25519 (a private key), deploy/k8s/staging.kubeconfig (a kubeconfig); "
            + "exclude them in .dockerignore or copy only what the build needs.",
            finding.Message);
    }

    [Fact]
    public void ManyFilesAreCountedAndAnIncompleteListingSaysSo()
    {
        var secrets = Enumerable.Range(0, 8).Select(i => new ContextSecret($"env/{i}/.env", false, Core.Secrets.SecretFileKind.EnvironmentFile)).ToArray();
        var context = BuildContext.FromListing(new BuildContextListing(secrets, "20,000 entries"));
        var finding = Assert.Single(DockerfileRuleHarness.Findings("CL1007", "FROM alpine:3.22\nCOPY . /srv\n", context: context));
        Assert.Contains("env/4/.env (an environment file) and 3 more (the listing of the build context stopped at 20,000 entries, so there may be more);", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutABuildContextNothingIsGuessed() =>
        Assert.Empty(DockerfileRuleHarness.Hits("CL1007", "FROM node:22-slim\nWORKDIR /app\nCOPY . .\n"));

    [Fact]
    public void TheRunnerReadsTheDockerfilesFolderWithItsOwnDockerIgnore()
    {
        var root = Directory.CreateTempSubdirectory("cl-ships-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "Dockerfile"), "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD [\"node\", \"src/server.js\"]\n");
            File.WriteAllText(Path.Combine(root, "prod.Dockerfile"), "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD [\"node\", \"src/server.js\"]\n");
            File.WriteAllText(Path.Combine(root, "prod.Dockerfile.dockerignore"), ".env\n.npmrc\n");
            File.WriteAllText(Path.Combine(root, ".env"), "STRIPE_KEY=sk_live_0123456789\n");
            File.WriteAllText(Path.Combine(root, ".npmrc"), "//npm.pkg.github.com/:_authToken=ghp_0123456789abcdefghij\n");
            Directory.CreateDirectory(Path.Combine(root, "src"));
            File.WriteAllText(Path.Combine(root, "src", "server.js"), "require('http')\n");

            var runner = new LintRunner(LintEngine.CreateDefault(), _ => LintConfiguration.Default);
            var results = runner.Run([new LintTarget(Path.Combine(root, "Dockerfile"), "Dockerfile"), new LintTarget(Path.Combine(root, "prod.Dockerfile"), "prod.Dockerfile")]);
            var plain = Assert.Single(results[0].Findings, f => f.RuleId == "CL1007");
            Assert.Contains(": .env (an environment file), .npmrc (credentials);", plain.Message, StringComparison.Ordinal);
            // No secret value is ever shown.
            Assert.DoesNotContain("sk_live", plain.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(results[1].Findings, f => f.RuleId == "CL1007");

            // Standard input has no build context.
            var stdin = runner.LintOne(new LintTarget(null, "Dockerfile", Core.Model.FileKind.Dockerfile) { Content = File.ReadAllBytes(Path.Combine(root, "Dockerfile")) });
            Assert.DoesNotContain(stdin.Findings, f => f.RuleId == "CL1007");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static BuildContext Context(string[] paths) => BuildContext.FromListing(BuildContextListing.FromPaths(paths, DockerIgnore.Empty));
}
