namespace ContainerLint.Cli;

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
    public static CliHost FromProcess(TextWriter stdout) => new(
        Directory.GetCurrentDirectory(),
        LintEngine.CreateDefault,
        Environment.GetEnvironmentVariable,
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected);
}
