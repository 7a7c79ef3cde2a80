namespace ContainerLint.Cli;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Engine;

/// <summary>
/// What the command line needs from its surroundings, so tests can run it in-process with their
/// own front ends, working folder and environment.
/// </summary>
internal sealed record CliHost(
    string WorkingDirectory,
    Func<LintEngine> CreateEngine,
    Func<string, string?> GetEnvironmentVariable,
    bool StdoutIsTerminal)
{
    /// <summary>
    /// The catalog alone, for <c>rules</c> and <c>explain</c>: the real process skips building the front ends and
    /// their rules; a host with its own engine (tests) gets that engine's catalog.
    /// </summary>
    public Func<RuleCatalog>? CatalogOnly { get; init; }

    public RuleCatalog CreateCatalog() => CatalogOnly is { } only ? only() : CreateEngine().Catalog;

    public static CliHost FromProcess(TextWriter stdout) => new(
        Directory.GetCurrentDirectory(),
        LintEngine.CreateDefault,
        Environment.GetEnvironmentVariable,
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected)
    {
        CatalogOnly = () => RuleCatalog.Default,
    };
}
