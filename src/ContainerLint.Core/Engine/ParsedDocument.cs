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
}
