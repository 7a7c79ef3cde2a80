namespace ContainerLint.MSBuild.Tests;

using System.Diagnostics;
using System.Text;

/// <summary>
/// Packs ContainerLint.MSBuild once into a temporary local feed and provides a scratch folder with a
/// nuget.config (that feed + nuget.org) and a private NUGET_PACKAGES, so the package under test is
/// never a stale copy from the machine's global cache.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public PackedFeed()
    {
        RepoRoot = FindRepoRoot();
        Root = Path.Combine(Path.GetTempPath(), "containerlint-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="containerlint-test-feed" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        // An empty Directory.Build.props/Packages.props stops MSBuild from walking above the scratch folder.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />");

        // The test project references the task project, so its output is already built: pack it as is.
        var project = Path.Combine(RepoRoot, "src", "ContainerLint.MSBuild", "ContainerLint.MSBuild.csproj");
        var pack = Run(RepoRoot, "pack", project, "-c", Configuration, "--no-build", "-p:ContainerLintPackTask=true", "-o", Feed);
        if (pack.ExitCode != 0 || !Directory.EnumerateFiles(Feed, "ContainerLint.MSBuild.*.nupkg").Any())
        {
            throw new InvalidOperationException("dotnet pack of ContainerLint.MSBuild failed:\n" + pack.Output);
        }

        var nupkg = Path.GetFileNameWithoutExtension(Directory.EnumerateFiles(Feed, "ContainerLint.MSBuild.*.nupkg").Single());
        PackageVersion = nupkg["ContainerLint.MSBuild.".Length..];
    }

    public string RepoRoot { get; }
    public string Root { get; }
    public string Feed { get; }
    public string Packages { get; }
    public string PackageVersion { get; }

    /// <summary>The CLI built beside the task (same configuration), run as users run the tool.</summary>
    public string CliAssembly => Path.Combine(RepoRoot, "src", "ContainerLint.Cli", "bin", Configuration, "net10.0", "containerlint.dll");

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    /// <summary>Creates a project folder under the scratch root with the given files (relative path → content).</summary>
    public string CreateProject(string name, IReadOnlyDictionary<string, byte[]> files)
    {
        var dir = Path.Combine(Root, name);
        Directory.CreateDirectory(dir);
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, content);
        }

        return dir;
    }

    /// <summary>Runs <c>dotnet</c> with the scratch package folder and no MSBuild settings leaking from the test host.</summary>
    public BuildResult Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)) start.Environment.Remove(key);
        }

        start.Environment["NUGET_PACKAGES"] = Packages;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var lockObj = new object();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (lockObj) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (lockObj) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not finish in 5 minutes:\n{output}");
        }

        process.WaitForExit();
        return new BuildResult(process.ExitCode, output.ToString());
    }

    /// <summary>`dotnet build` of a project folder: no node reuse, no build servers, plain console logger.</summary>
    public BuildResult Build(string projectDir, params string[] extra) =>
        Run(projectDir, ["build", "-nodeReuse:false", "--disable-build-servers", "-tl:off", .. extra]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail the run for it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContainerLint.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("ContainerLint.sln not found above " + AppContext.BaseDirectory);
    }
}

public sealed record BuildResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}";
}
