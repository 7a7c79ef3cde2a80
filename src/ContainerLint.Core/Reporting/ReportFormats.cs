namespace ContainerLint.Core.Reporting;

/// <summary>The output formats and a factory for their reporters.</summary>
public static class ReportFormats
{
    public const string Text = "text";
    public const string Json = "json";
    public const string Sarif = "sarif";
    public const string MSBuild = "msbuild";
    public const string GitHub = "github";
    public const string Checkstyle = "checkstyle";
    public const string GitLab = "gitlab";
    public const string Azure = "azure";

    public static IReadOnlyList<string> Names { get; } = [Text, Json, Sarif, MSBuild, GitHub, Checkstyle, GitLab, Azure];

    /// <summary>The reporter for a format name, or null for an unknown name.</summary>
    /// <param name="format">One of <see cref="Names"/>.</param>
    /// <param name="color">Whether the text format may use ANSI colours.</param>
    public static IReporter? Create(string format, bool color = false) => format switch
    {
        Text => new TextReporter(color),
        Json => new JsonReporter(),
        Sarif => new SarifReporter(),
        MSBuild => new MSBuildReporter(),
        GitHub => new GitHubReporter(),
        Checkstyle => new CheckstyleReporter(),
        GitLab => new GitLabReporter(),
        Azure => new AzurePipelinesReporter(),
        _ => null,
    };
}
