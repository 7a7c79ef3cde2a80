namespace ContainerLint.Cli;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Discovery;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;

/// <summary>
/// The files a command works on, chosen one way for lint, fix and images: the command-line options that configure the
/// rules (policy, disable, severity, target, build arguments), the configuration files found from each file, and the
/// files discovered under the PATH arguments (<c>--kind</c> applies to the files named on the command line).
/// </summary>
internal sealed record InputSelection(LintEngine Engine, ConfigurationResolver Resolver, FileDiscovery Discovery, DiscoveryResult Found, List<LintTarget> Targets, FileKind? Kind)
{
    public static InputSelection Open(CliHost host, LintRequest request)
    {
        if (request.Paths.FirstOrDefault(p => p.Length > 1 && p[0] == '-') is { } unknown)
        {
            throw new UsageException($"unknown option '{unknown}' (a path that starts with '-' can be given as ./{unknown})");
        }

        var engine = host.CreateEngine();
        var catalog = engine.Catalog;
        var overrides = new ConfigurationOverrides
        {
            Policy = request.Policy,
            Disable = request.Disable.Select(id => ConfigurationFile.CheckRuleId(catalog, id) ?? throw new UsageException($"--disable: {ConfigurationFile.UnknownRule(id)}")).ToArray(),
            Severity = LintCommand.ParseSeverities(request.Severity, catalog),
            Target = request.Target,
            BuildArgs = LintCommand.ParseBuildArgs(request.BuildArgs),
        };

        var configPath = request.Config is null ? null : Path.Combine(host.WorkingDirectory, request.Config);
        var resolver = new ConfigurationResolver(catalog, overrides, configPath, new EditorConfigResolver());
        var discovery = new FileDiscovery(host.WorkingDirectory, resolver);
        var kind = request.Kind is null ? (FileKind?)null : FileKindNames.Parse(request.Kind);
        var found = discovery.Discover(request.Paths.Where(p => p != "-"));
        var targets = found.Targets.Select(t => kind is not null && t.ExplicitlyGiven ? t with { Kind = kind } : t).ToList();
        return new InputSelection(engine, resolver, discovery, found, targets, kind);
    }

    /// <summary>A runner over the selected files, with each file's configuration loaded first (a bad one fails before any output).</summary>
    /// <param name="collectImages">For <c>images</c>: each file's facts carry its image uses.</param>
    public LintRunner Runner(bool collectImages = false)
    {
        var runner = new LintRunner(Engine, path => Resolver.For(path)) { CollectImages = collectImages };

        // Every folder's configuration and .editorconfig looked up on every core first (system calls, mostly), then in
        // order: the first bad configuration file is the one reported, as before.
        if (Targets.Count >= 64)
        {
            Parallel.ForEach(Targets, t =>
            {
                try
                {
                    Resolver.For(t.FullPath);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // Thrown again, in order, below.
                }
            });
        }

        foreach (var t in Targets) Resolver.For(t.FullPath);
        return runner;
    }

    /// <summary>Prints what discovery could not read and what it skipped; true when a PATH could not be read (exit 2).</summary>
    public bool ReportDiscovery(TextWriter stderr)
    {
        foreach (var problem in Found.Problems) stderr.WriteLine($"containerlint: {Core.Reporting.ShownText.Escape(problem)}");
        foreach (var note in Found.Skipped) stderr.WriteLine($"containerlint: {Core.Reporting.ShownText.Escape(note)}");
        return Found.Problems.Count > 0;
    }
}
