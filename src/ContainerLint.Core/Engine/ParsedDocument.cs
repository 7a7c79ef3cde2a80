namespace ContainerLint.Core.Engine;

using ContainerLint.Core.Rules;

/// <summary>
/// What a front end makes of one file: the document (null when the file could not be parsed at
/// all), input diagnostics (CL0xxx hits, each with <see cref="RuleHit.RuleIdOverride"/> set) and
/// the inline suppressions it found.
/// </summary>
public sealed record ParsedDocument<TDocument>(
    TDocument? Document,
    IReadOnlyList<RuleHit> Diagnostics,
    IReadOnlyList<Suppression> Suppressions)
    where TDocument : class
{
    /// <summary>True when nothing should be reported for the file at all (e.g. YAML that is not a Kubernetes object).</summary>
    public bool Skipped { get; init; }
}

/// <summary>The input of a front end: a decoded file and what the engine knows about its surroundings.</summary>
/// <param name="Path">Path as shown to users (relative, '/' separators).</param>
/// <param name="Text">The decoded text.</param>
public sealed record LintInput(string Path, Text.SourceText Text)
{
    /// <summary>The text of the <c>.dockerignore</c> beside a Dockerfile (or <c>Dockerfile.dockerignore</c>), null if none.</summary>
    public string? DockerIgnore { get; init; }

    /// <summary>A Dockerfile's build context on disk (listed only if a rule asks), null when there is none (standard input).</summary>
    public Dockerfile.Context.BuildContext? BuildContext { get; init; }

    /// <summary>Full path on disk when the input is a file; null for stdin.</summary>
    public string? FullPath { get; init; }

    /// <summary>
    /// For a project file: the texts of the <c>Directory.Build.props</c> (first) and <c>Directory.Build.targets</c> (second)
    /// MSBuild imports around it, null where there is none; their literal container properties are project-wide values.
    /// </summary>
    public (string? Props, string? Targets) DirectoryBuildFiles { get; init; }

    /// <summary>A kustomization near the file lists it as a patch: it sets fields of an object, it is not one (see <c>Kubernetes.KustomizePatches</c>).</summary>
    public bool IsKustomizePatch { get; init; }

    /// <summary>
    /// True when the run lists images (<c>containerlint images</c>): the fact extractors then carry each file's image uses
    /// (<see cref="CrossFile.FileFacts.Images"/>). A lint run does not pay for an inventory nothing reads.
    /// </summary>
    public bool CollectImages { get; init; }
}
