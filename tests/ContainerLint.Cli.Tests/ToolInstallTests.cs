namespace ContainerLint.Cli.Tests;

using System.Diagnostics;

/// <summary>
/// Packs the tool once (into an isolated artifacts folder, so it never races the test build) and
/// gives a NuGet config whose only source is the fresh package, so installs are offline and cannot
/// pick up a stale ContainerLint from elsewhere.
/// </summary>
public sealed class PackedTool : IDisposable
{
    private readonly TempDir _root = new("cl-pack-");

    public PackedTool()
    {
        Feed = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        var repo = Cli.RepoRoot();
        var pack = Process.Run(repo, "dotnet", "pack", Path.Combine(repo, "src", "ContainerLint.Cli"), "-o", Feed, "--artifacts-path", Path.Combine(Root, "artifacts"), "-nologo");
        PackOutput = pack.Output;
        PackExitCode = pack.ExitCode;
        NuGetConfig = Path.Combine(Root, "nuget.config");
        File.WriteAllText(NuGetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    public string Root => _root.Path;
    public string Feed { get; }
    public string NuGetConfig { get; }

    /// <summary>A private NuGet packages folder: a local tool install restores into it, not into the user's cache.</summary>
    public string PackagesFolder { get; }

    public string PackOutput { get; }
    public int PackExitCode { get; }

    public void Dispose() => _root.Dispose();
}

[CollectionDefinition("packed tool")]
public sealed class PackedToolCollection : ICollectionFixture<PackedTool>;

[Collection("packed tool")]
public sealed class ToolInstallTests(PackedTool tool)
{
    [Fact]
    public void PackProducesOnlyTheContainerLintToolPackage()
    {
        Assert.True(tool.PackExitCode == 0, tool.PackOutput);
        var packages = Directory.GetFiles(tool.Feed, "*.nupkg").Select(Path.GetFileName).ToList();
        var package = Assert.Single(packages);
        Assert.Matches(@"^ContainerLint\.\d+\.\d+\.\d+.*\.nupkg$", package);
    }

    [Fact]
    public void ThePackageIsFrameworkDependentReadyToRunCodeForThePackingMachine()
    {
        Assert.True(tool.PackExitCode == 0, tool.PackOutput);
        using var zip = System.IO.Compression.ZipFile.OpenRead(Directory.GetFiles(tool.Feed, "*.nupkg").Single());
        var tools = zip.Entries.Where(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal)).Select(e => e.FullName).ToList();

        // One package for the machine that packs it (pre-commit packs on the machine that runs the hook), run by `dotnet`:
        // the SDK's RuntimeIdentifier + CreateRidSpecificToolPackages=false shape, not a pointer to RID-specific packages.
        var folder = $"tools/net10.0/{System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier}/";
        Assert.All(tools, path => Assert.StartsWith(folder, path));
        using (var settings = new StreamReader(zip.GetEntry(folder + "DotnetToolSettings.xml")!.Open()))
        {
            var xml = System.Xml.Linq.XDocument.Parse(settings.ReadToEnd());
            var command = xml.Descendants("Command").Single();
            Assert.Equal("dotnet", (string?)command.Attribute("Runner"));
            Assert.Equal("containerlint.dll", (string?)command.Attribute("EntryPoint"));
        }

        // Precompiled, so an installed tool does not JIT-compile the engine on every run.
        foreach (var name in new[] { "containerlint.dll", "ContainerLint.Core.dll" })
        {
            using var bytes = new MemoryStream();
            using (var entry = zip.GetEntry(folder + name)!.Open()) entry.CopyTo(bytes);
            bytes.Position = 0;
            using var pe = new System.Reflection.PortableExecutable.PEReader(bytes);
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, name + " has no ReadyToRun header");
        }
    }

    [Fact]
    public void InstalledWithToolPathItRunsAndLints()
    {
        Assert.True(tool.PackExitCode == 0, tool.PackOutput);
        var toolPath = Path.Combine(tool.Root, "global-tools");
        var install = Process.Run(tool.Root, "dotnet", "tool", "install", "--tool-path", toolPath, "--configfile", tool.NuGetConfig, "--add-source", tool.Feed, "ContainerLint");
        Assert.True(install.ExitCode == 0, install.Output);
        var exe = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "containerlint.exe" : "containerlint");

        var version = Process.Run(tool.Root, exe, "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Output);

        // A binary file named Dockerfile is an input diagnostic whatever rules ship: exit code 1 and CL0009.
        var work = Path.Combine(tool.Root, "work-global");
        Directory.CreateDirectory(work);
        File.WriteAllBytes(Path.Combine(work, "Dockerfile"), [1, 0, 2]);
        var lint = Process.Run(work, exe, "--format", "msbuild", ".");
        Assert.True(lint.ExitCode == 1, lint.Output);
        Assert.Contains("Dockerfile(1,1,1,1): error CL0009:", lint.Output);
    }

    [Fact]
    public void InstalledThroughALocalToolManifestItRuns()
    {
        Assert.True(tool.PackExitCode == 0, tool.PackOutput);
        var work = Path.Combine(tool.Root, "work-local");
        Directory.CreateDirectory(work);
        // A private packages folder and CLI home: `dotnet tool run` caches where a tool version lives
        // (~/.dotnet/toolResolverCache), which would otherwise point at an earlier run's deleted folder.
        var env = new Dictionary<string, string> { ["NUGET_PACKAGES"] = tool.PackagesFolder, ["DOTNET_CLI_HOME"] = Path.Combine(tool.Root, "home") };
        var manifest = Process.Run(work, env, "dotnet", "new", "tool-manifest");
        Assert.True(manifest.ExitCode == 0, manifest.Output);
        var install = Process.Run(work, env, "dotnet", "tool", "install", "--local", "--configfile", tool.NuGetConfig, "--add-source", tool.Feed, "ContainerLint");
        Assert.True(install.ExitCode == 0, install.Output);
        // .NET 10 writes the manifest beside the project; earlier SDKs under .config/.
        var manifestFile = new[] { Path.Combine(work, "dotnet-tools.json"), Path.Combine(work, ".config", "dotnet-tools.json") }.First(File.Exists);
        Assert.Contains("\"containerlint\"", File.ReadAllText(manifestFile));

        var version = Process.Run(work, env, "dotnet", "tool", "run", "containerlint", "--", "--version");
        Assert.True(version.ExitCode == 0, version.Output);
        Assert.Matches(@"\d+\.\d+\.\d+", version.Output);
        var rules = Process.Run(work, env, "dotnet", "tool", "run", "containerlint", "--", "rules", "--format", "json");
        Assert.True(rules.ExitCode == 0, rules.Output);
        Assert.Contains("\"CL0001\"", rules.Output);
    }
}

/// <summary>Runs a child process and captures stdout and stderr together.</summary>
internal static class Process
{
    public sealed record Result(int ExitCode, string Output);

    public static Result Run(string workingDirectory, string fileName, params string[] args) =>
        Run(workingDirectory, new Dictionary<string, string>(), fileName, args);

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, string fileName, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (k, v) in environment) start.Environment[k] = v;
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return new Result(-1, $"{fileName} timed out\n{stdout.Result}{stderr.Result}");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result + stderr.Result);
    }
}
