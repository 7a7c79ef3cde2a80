namespace ContainerLint.Tests.Shared;

using System.Diagnostics;
using System.Text;

/// <summary>
/// A containerlint executable the tests run as a process, as users run it: its own folder, standard
/// streams, environment and exit code. Which one: the file an environment variable names (CI sets it to
/// the Native AOT build, the binary linux-x64 users get), else the framework-dependent build beside the
/// tests run with <c>dotnet</c> (what every other platform gets). Linked into the CLI and hardening tests.
/// </summary>
internal sealed record CliBinary(string Description, string FileName, IReadOnlyList<string> LeadingArguments)
{
    /// <summary>Variables the CLI reads from its environment; a child gets them only when a test sets them.</summary>
    private static readonly string[] Isolated = ["NO_COLOR", "CONTAINERLINT_TESTHOST_TERMINAL"];

    /// <param name="environmentVariable">Names the executable to run, when set.</param>
    /// <param name="assemblyName">The framework-dependent build's assembly, copied beside the tests by a project reference.</param>
    public static CliBinary Resolve(string environmentVariable, string assemblyName)
    {
        var path = Environment.GetEnvironmentVariable(environmentVariable);
        if (!string.IsNullOrEmpty(path))
        {
            if (!File.Exists(path)) throw new FileNotFoundException($"{environmentVariable} names a file that does not exist", path);
            return new($"{environmentVariable}={path}", Path.GetFullPath(path), []);
        }

        var dll = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("the framework-dependent build is not beside the tests", dll);
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        return new($"{dotnet} {dll}", dotnet, [dll]);
    }

    /// <summary>Runs the binary to completion (killed after <paramref name="timeout"/>, which fails the run with exit code -1).</summary>
    public (int ExitCode, string Stdout, string Stderr) Run(
        string workingDirectory, string stdin, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(FileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        foreach (var arg in LeadingArguments) start.ArgumentList.Add(arg);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in Isolated) start.Environment.Remove(name);
        foreach (var (name, value) in environment) start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + Description);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The CLI does not read standard input unless it lints '-'; it may have exited already.
        }

        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, stdout.Result, $"{Description} timed out after {timeout.TotalSeconds:0} s\n{stderr.Result}");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
