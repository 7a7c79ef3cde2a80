namespace ContainerLint.Cli.Tests;

using ContainerLint.Tests.Shared;

/// <summary>A temporary folder, deleted on dispose.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir(string prefix = "cl-")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}

/// <summary>The outcome of one CLI run.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// The CLI as a process (issue #11: tests run what users run). <see cref="Run"/> runs the test host, the CLI's
/// command line with the fake front ends of Fakes.cs (CONTAINERLINT_CLI_TESTHOST: CI's Native AOT build of it);
/// <see cref="RunReal"/> runs containerlint itself (CONTAINERLINT_CLI: CI's Native AOT tool). Without those
/// variables, the framework-dependent builds beside the tests run with <c>dotnet</c>.
/// </summary>
public static class Cli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private static readonly Lazy<CliBinary> TestHost = new(() => CliBinary.Resolve("CONTAINERLINT_CLI_TESTHOST", "containerlint-testhost"));
    private static readonly Lazy<CliBinary> Real = new(() => CliBinary.Resolve("CONTAINERLINT_CLI", "containerlint"));

    /// <summary>Runs the CLI with the fake front ends in <paramref name="workingDirectory"/>.</summary>
    public static CliResult Run(string workingDirectory, params string[] args) => RunWith(workingDirectory, "", null, false, args);

    /// <param name="workingDirectory">The process's current folder.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="environment">Variables the CLI reads (NO_COLOR); it sees none of the test process's.</param>
    /// <param name="terminal">Whether the CLI treats standard output as a terminal.</param>
    /// <param name="args">The command line.</param>
    public static CliResult RunWith(string workingDirectory, string stdin, IReadOnlyDictionary<string, string>? environment, bool terminal, params string[] args)
    {
        var variables = new Dictionary<string, string>(environment ?? new Dictionary<string, string>());
        if (terminal) variables["CONTAINERLINT_TESTHOST_TERMINAL"] = "1";
        var (code, stdout, stderr) = TestHost.Value.Run(workingDirectory, stdin, variables, args, Timeout);
        return new CliResult(code, stdout, stderr);
    }

    /// <summary>Runs containerlint itself, with its real rules.</summary>
    public static CliResult RunReal(string workingDirectory, params string[] args)
    {
        var (code, stdout, stderr) = Real.Value.Run(workingDirectory, "", new Dictionary<string, string>(), args, Timeout);
        return new CliResult(code, stdout, stderr);
    }

    /// <summary>The repository root: the folder above the test binaries that holds ContainerLint.sln.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ContainerLint.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("ContainerLint.sln not found above " + AppContext.BaseDirectory);
    }
}
