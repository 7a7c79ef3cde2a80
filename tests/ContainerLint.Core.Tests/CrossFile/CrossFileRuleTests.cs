namespace ContainerLint.Core.Tests.CrossFile;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Model;

public sealed class CrossFileRuleTests
{
    private const string Manifest = "deploy/app.yaml";
    private const string Dockerfile = "app/Dockerfile";

    /// <summary>A hardened Deployment whose pod template names ../app/Dockerfile; runAsNonRoot sits at 13:23-27.</summary>
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          template:
            metadata:
              annotations:
                containerlint.io/dockerfile: ../app/Dockerfile
            spec:
              securityContext:
                runAsNonRoot: true
              containers:
                - name: web
                  image: registry.example.com/web:1.0

        """;

    private static readonly SourceSpan RunAsNonRoot = new(13, 23, 13, 27);

    [Theory]
    [InlineData("FROM alpine:3.20\nCMD [\"app\"]\n", "CL5001")]
    [InlineData("FROM alpine:3.20\nUSER root\n", "CL5001")]
    [InlineData("FROM alpine:3.20\nUSER 0:0\n", "CL5001")]
    [InlineData("FROM scratch\nCOPY app /app\n", "CL5001")]
    [InlineData("ARG UID=0\nFROM alpine:3.20\nARG UID\nUSER ${UID}\n", "CL5001")]
    [InlineData("FROM alpine:3.20 AS build\nUSER 10001\nFROM alpine:3.20\nCOPY --from=build /a /a\n", "CL5001")]
    [InlineData("FROM alpine:3.20\nUSER 10001\nRUN id\nUSER root\n", "CL5001")]
    [InlineData("FROM alpine:3.20\nUSER app\n", "CL5002")]
    [InlineData("FROM alpine:3.20\nUSER app:app\n", "CL5002")]
    [InlineData("FROM alpine:3.20\nUSER 10001\n", null)]
    [InlineData("FROM alpine:3.20\nUSER 10001:0\n", null)]
    [InlineData("FROM alpine:3.20 AS base\nUSER 10001\nFROM base\nRUN id\n", null)]
    [InlineData("FROM alpine:3.20\nUSER ${APP_UID}\n", null)]
    [InlineData("FROM gcr.io/distroless/static:nonroot\nCOPY app /app\n", null)]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled\nCOPY app /app\n", null)]
    [InlineData("FROM ${BASE}\nCOPY app /app\n", null)]
    public void RunAsNonRootIsCheckedAgainstTheDockerfileUser(string dockerfile, string? expected)
    {
        var results = SetLint.Run((Dockerfile, dockerfile), (Manifest, Deployment));
        var hits = results.In(Manifest).Where(f => f.RuleId.StartsWith("CL5", StringComparison.Ordinal)).ToList();
        if (expected is null)
        {
            Assert.True(hits.Count == 0, hits.Describe());
            return;
        }

        var hit = Assert.Single(hits);
        Assert.Equal(expected, hit.RuleId);
        Assert.Equal(RunAsNonRoot, hit.Span);
        Assert.Equal(("Deployment/shop/web", "web"), (hit.Object, hit.Container));
        Assert.Contains("app/Dockerfile", hit.Message);
        Assert.Equal(expected == "CL5001" ? Severity.Error : Severity.Warning, hit.Severity);
        Assert.DoesNotContain(results.In(Dockerfile), f => f.RuleId.StartsWith("CL5", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("        runAsNonRoot: true", "        runAsNonRoot: true\n        runAsUser: 10001", null, 0, 0)]
    [InlineData("        runAsNonRoot: true", "        runAsNonRoot: false", null, 0, 0)]
    [InlineData("        runAsNonRoot: true", "        runAsNonRoot: null", null, 0, 0)]
    [InlineData("          image: registry.example.com/web:1.0", "          image: registry.example.com/web:1.0\n          securityContext:\n            runAsNonRoot: false", null, 0, 0)]
    [InlineData("          image: registry.example.com/web:1.0", "          image: registry.example.com/web:1.0\n          securityContext:\n            runAsUser: 10001", null, 0, 0)]
    [InlineData("          image: registry.example.com/web:1.0", "          image: registry.example.com/web:1.0\n          securityContext:\n            runAsNonRoot: yes", "CL5001", 18, 27)]
    [InlineData("        containerlint.io/dockerfile: ../app/Dockerfile", "        containerlint.io/dockerfile: ../other/Dockerfile", null, 0, 0)]
    [InlineData("        containerlint.io/dockerfile: ../app/Dockerfile", "        containerlint.io/dockerfile: ./../app/./Dockerfile", "CL5001", 13, 23)]
    [InlineData("        containerlint.io/dockerfile: ../app/Dockerfile", "        containerlint.io/dockerfile.web: ../app/Dockerfile", "CL5001", 13, 23)]
    [InlineData("        containerlint.io/dockerfile: ../app/Dockerfile", "        containerlint.io/dockerfile.sidecar: ../app/Dockerfile", null, 0, 0)]
    public void TheEffectiveSecurityContextAndTheAnnotationDecide(string find, string replace, string? expected, int line, int column)
    {
        var manifest = Deployment.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Deployment, manifest);
        var hits = SetLint.Run((Dockerfile, "FROM alpine:3.20\nUSER root\n"), (Manifest, manifest))
            .In(Manifest).Where(f => f.RuleId.StartsWith("CL5", StringComparison.Ordinal)).ToList();
        if (expected is null)
        {
            Assert.True(hits.Count == 0, hits.Describe());
            return;
        }

        var hit = Assert.Single(hits);
        Assert.Equal(expected, hit.RuleId);
        Assert.Equal((line, column), (hit.Span.Line, hit.Span.Column));
    }

    [Fact]
    public void TheObjectAnnotationWorksAndTheDefaultContainerAnnotationPicksTheMainContainer()
    {
        var pod = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              annotations:
                containerlint.io/dockerfile: Dockerfile
                kubectl.kubernetes.io/default-container: app
            spec:
              securityContext:
                runAsNonRoot: true
              containers:
                - name: proxy
                  image: envoyproxy/envoy:v1.31.0
                - name: app
                  image: registry.example.com/app:1.0

            """;
        var hits = SetLint.Run(("Dockerfile", "FROM alpine:3.20\n"), ("pod.yaml", pod)).In("pod.yaml").Where(f => f.RuleId == "CL5001").ToList();
        var hit = Assert.Single(hits);
        Assert.Equal("app", hit.Container);
        Assert.Equal(new SourceSpan(10, 19, 10, 23), hit.Span);
    }

    [Theory]
    [InlineData("registry.example.com/web:2.0", "  web:\n    build: ./app\n    image: registry.example.com/web:1.0\n", "CL5001")]
    [InlineData("registry.example.com/web", "  web:\n    build:\n      context: app\n    image: registry.example.com/web:1.0\n", "CL5001")]
    [InlineData("registry.example.com/web:1.0", "  web:\n    build:\n      context: .\n      dockerfile: app/Dockerfile\n    image: registry.example.com/web:1.0\n", "CL5001")]
    [InlineData("registry.example.com/other:1.0", "  web:\n    build: ./app\n    image: registry.example.com/web:1.0\n", null)]
    [InlineData("registry.example.com/web:1.0", "  web:\n    build: ./elsewhere\n    image: registry.example.com/web:1.0\n", null)]
    [InlineData("registry.example.com/web:1.0", "  web:\n    build:\n      context: ./app\n      dockerfile_inline: \"FROM alpine\"\n    image: registry.example.com/web:1.0\n", null)]
    [InlineData("registry.example.com/web:1.0", "  web:\n    image: registry.example.com/web:1.0\n", null)]
    public void AnImageIsJoinedThroughTheComposeBuildThatNamesIt(string image, string services, string? expected)
    {
        var manifest = Deployment
            .Replace("      annotations:\n        containerlint.io/dockerfile: ../app/Dockerfile\n", "      labels: {app: web}\n", StringComparison.Ordinal)
            .Replace("registry.example.com/web:1.0", image, StringComparison.Ordinal);
        var results = SetLint.Run((Dockerfile, "FROM alpine:3.20\n"), ("compose.yaml", "services:\n" + services), (Manifest, manifest));
        var ids = results.In(Manifest).Where(f => f.RuleId.StartsWith("CL5", StringComparison.Ordinal)).Select(f => f.RuleId).ToList();
        Assert.Equal(expected is null ? [] : [expected], ids);
    }

    [Theory]
    [InlineData("EXPOSE 8080\n", "80", "CL5003", 18, 30)]
    [InlineData("EXPOSE 8080/udp\n", "8080", "CL5003", 18, 30)]
    [InlineData("EXPOSE 8080\n", "8080", null, 0, 0)]
    [InlineData("EXPOSE 8000-8010/tcp 9090\n", "8005", null, 0, 0)]
    [InlineData("ARG PORT\nEXPOSE ${PORT}\n", "80", null, 0, 0)]
    [InlineData("", "80", null, 0, 0)]
    public void ContainerPortsAreComparedWithExpose(string expose, string port, string? expected, int line, int column)
    {
        var manifest = Deployment + "          ports:\n            - containerPort: " + port + "\n";
        var findings = SetLint.Run((Dockerfile, "FROM alpine:3.20\n" + expose + "USER 10001\n"), (Manifest, manifest)).In(Manifest);
        var hits = findings.Where(f => f.RuleId == "CL5003").ToList();
        if (expected is null)
        {
            Assert.True(hits.Count == 0, hits.Describe());
            return;
        }

        var hit = Assert.Single(hits);
        Assert.Equal(new SourceSpan(line, column, line, column + port.Length), hit.Span);
        Assert.Equal(Severity.Note, hit.Severity);
    }

    [Fact]
    public void AnInlineIgnoreInTheManifestSilencesACrossFileFindingAndAStaleOneIsReported()
    {
        var ignored = Deployment.Replace("        runAsNonRoot: true", "        # containerlint ignore=CL5001 -- image fixed in the next release\n        runAsNonRoot: true", StringComparison.Ordinal);
        var findings = SetLint.Run((Dockerfile, "FROM alpine:3.20\n"), (Manifest, ignored)).In(Manifest);
        var hit = Assert.Single(findings, f => f.RuleId == "CL5001");
        Assert.True(hit.Suppressed);
        Assert.Equal("image fixed in the next release", hit.SuppressionJustification);
        Assert.DoesNotContain(findings, f => f.RuleId == "CL0007");

        var stale = SetLint.Run((Dockerfile, "FROM alpine:3.20\nUSER 10001\n"), (Manifest, ignored)).In(Manifest);
        var unused = Assert.Single(stale, f => f.RuleId == "CL0007");
        Assert.Equal(13, unused.Span.Line);
        Assert.Contains("CL5001", unused.Message);
    }

    [Fact]
    public void ConfigurationOfTheFileWhereTheFindingLandsApplies()
    {
        var off = SetLint.Run(Policies.PssRestricted, (Dockerfile, "FROM alpine:3.20\n"), (Manifest, Deployment));
        Assert.DoesNotContain(off.SelectMany(r => r.Findings), f => f.RuleId == "CL5001");
        var all = SetLint.Run(Policies.All, (Dockerfile, "FROM alpine:3.20\n"), (Manifest, Deployment));
        Assert.Contains(all.In(Manifest), f => f.RuleId == "CL5001");
    }

    [Fact]
    public void WithoutFactsNothingIsJoinedAndResultsKeepTheirOrder()
    {
        var results = SetLint.Run(("notes.yaml", "a: 1\n"), (Manifest, Deployment), ("broken/Dockerfile", "FROM alpine:3.20\nUSER\n"));
        Assert.Equal(["notes.yaml", Manifest, "broken/Dockerfile"], results.Select(r => r.Path));
        Assert.DoesNotContain(results.SelectMany(r => r.Findings), f => f.RuleId.StartsWith("CL5", StringComparison.Ordinal));
    }
}
