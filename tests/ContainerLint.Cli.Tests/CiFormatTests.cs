namespace ContainerLint.Cli.Tests;

using Newtonsoft.Json.Linq;

/// <summary>The GitLab Code Quality and Azure Pipelines formats, end to end through the CLI.</summary>
public sealed class CiFormatTests
{
    private const string Dockerfile = "FROM alpine\nRUN BAD thing\n\tRUN WARN\n# containerlint ignore=CL1992 -- fine here\nRUN NOTE\nRUN NOTE\nRUN BAD again\n";

    private static TempDir Project()
    {
        var dir = new TempDir();
        dir.Write("app/Dockerfile", Dockerfile);
        dir.Write("deploy/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: BAD\n");
        return dir;
    }

    private static JsonSchemaValidator GitLabSchema() =>
        new(JObject.Parse(File.ReadAllText(Path.Combine(Cli.RepoRoot(), "tests", "ContainerLint.Cli.Tests", "Schemas", "gitlab-code-quality.schema.json"))));

    [Fact]
    public void GitLabCodeQualityValidatesAndMapsEveryField()
    {
        using var dir = Project();
        var result = Cli.Run(dir.Path, "--format", "gitlab", ".");
        Assert.Equal(1, result.ExitCode);
        var issues = JArray.Parse(result.Stdout);
        Assert.Empty(GitLabSchema().Validate(issues));

        // Unsuppressed findings only, in report order; the suppressed NOTE on line 5 is left out.
        Assert.Equal(
            ["app/Dockerfile:2:CL1990:critical", "app/Dockerfile:3:CL1991:major", "app/Dockerfile:6:CL1992:info", "app/Dockerfile:7:CL1990:critical", "deploy/pod.yaml:4:CL1990:critical"],
            issues.Select(i => $"{i["location"]!["path"]}:{i["location"]!["lines"]!["begin"]}:{i["check_name"]}:{i["severity"]}"));
        Assert.Equal("The line holds BAD; remove it.", (string?)issues[0]["description"]);

        // GitLab shows only the first issue of a fingerprint: each is unique, and it is SARIF's.
        var fingerprints = issues.Select(i => (string)i["fingerprint"]!).ToList();
        Assert.Equal(fingerprints.Count, fingerprints.Distinct(StringComparer.Ordinal).Count());
        var sarif = JObject.Parse(Cli.Run(dir.Path, "--format", "sarif", ".").Stdout);
        var sarifFingerprints = sarif["runs"]![0]!["results"]!.Where(r => r["suppressions"] is null).Select(r => (string)r["partialFingerprints"]!["containerlint/v1"]!);
        Assert.Equal(sarifFingerprints, fingerprints);
    }

    [Fact]
    public void TheGitLabSchemaRejectsWhatGitLabCannotRead()
    {
        var schema = GitLabSchema();
        const string Good = """[{"description":"d","check_name":"CL1","fingerprint":"f","severity":"major","location":{"path":"a/Dockerfile","lines":{"begin":1}}}]""";
        Assert.Empty(schema.Validate(JToken.Parse(Good)));
        Assert.NotEmpty(schema.Validate(JToken.Parse(Good.Replace("\"major\"", "\"error\"", StringComparison.Ordinal))));
        Assert.NotEmpty(schema.Validate(JToken.Parse(Good.Replace("\"fingerprint\":\"f\",", "", StringComparison.Ordinal))));
        Assert.NotEmpty(schema.Validate(JToken.Parse(Good.Replace("\"begin\":1", "\"begin\":\"1\"", StringComparison.Ordinal))));
        Assert.NotEmpty(schema.Validate(JToken.Parse(Good.Replace("a/Dockerfile", "/abs/Dockerfile", StringComparison.Ordinal))));
    }

    [Fact]
    public void AzureWritesOneLogIssuePerErrorOrWarningAndSkipsNotes()
    {
        using var dir = Project();
        var result = Cli.Run(dir.Path, "--format", "azure", ".");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "##vso[task.logissue type=error;sourcepath=app/Dockerfile;linenumber=2;columnnumber=5;code=CL1990]The line holds BAD%3B remove it.",
                "##vso[task.logissue type=warning;sourcepath=app/Dockerfile;linenumber=3;columnnumber=6;code=CL1991]The line holds WARN%3B consider removing it.",
                "##vso[task.logissue type=error;sourcepath=app/Dockerfile;linenumber=7;columnnumber=5;code=CL1990]The line holds BAD%3B remove it.",
                "##vso[task.logissue type=error;sourcepath=deploy/pod.yaml;linenumber=4;columnnumber=9;code=CL1990]The line holds BAD%3B remove it.",
            ],
            result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void AFileNameCannotForgeAnAzureCommand()
    {
        using var dir = new TempDir();
        const string Forged = "x;code=CL0000]##vso[task.setvariable variable=PATH]pwned\n##vso[task.complete result=Succeeded]50%";
        dir.Write(Forged + "/Dockerfile", "FROM alpine\nRUN BAD\n");
        var result = Cli.Run(dir.Path, "--format", "azure", ".");
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(
            "##vso[task.logissue type=error;sourcepath=x%3Bcode=CL0000%5D##vso[task.setvariable variable=PATH%5Dpwned%0A##vso[task.complete result=Succeeded%5D50%AZP25/Dockerfile;linenumber=2;columnnumber=5;code=CL1990]The line holds BAD%3B remove it.",
            line);
        // One command: its properties end at the first ']' and none of the forged ones survive as properties.
        Assert.Equal(line.IndexOf(']', StringComparison.Ordinal), line.IndexOf("]The line holds", StringComparison.Ordinal));
        Assert.Equal(5, line[..line.IndexOf(']', StringComparison.Ordinal)].Split(';').Length);
    }
}
