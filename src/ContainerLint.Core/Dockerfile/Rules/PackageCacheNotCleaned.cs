namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Shell;

/// <summary>
/// CL1042: a package install that leaves the manager's cache in the layer (apt lists, apk index,
/// yum/dnf/zypper caches, pip/npm/yarn caches), unless the same RUN cleans it or a cache/tmpfs mount holds it.
/// </summary>
public sealed class PackageCacheNotCleaned : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.PackageCacheNotCleaned;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var run in facts.Runs)
        {
            // A cache left in a build stage that the image is not built FROM never ships.
            if (facts.Final is { } final && !final.Ships(run.Stage)) continue;
            HashSet<PackageManagerKind>? reported = null; // made for the RUNs that leave a cache
            foreach (var pm in run.Packages)
            {
                if (pm.Action != PackageAction.Install) continue;
                var fix = Missing(pm, run, facts.Graph.ScopeAt(run.Anchor));
                if (fix is null || !(reported ??= []).Add(pm.Kind)) continue;
                hits.Add(new RuleHit(pm.Span, pm.Display, fix)
                {
                    Fix = pm.Kind switch
                    {
                        PackageManagerKind.Apt => PackageCommandFixes.AppendAptListsCleanup(pm, facts.Document.Source),
                        PackageManagerKind.Apk => PackageCommandFixes.AddOption(pm, facts.Document.Source, "--no-cache"),
                        _ => null,
                    },
                });
            }
        }
    }

    /// <summary>What would clean the cache, or null when it is cleaned or not kept.</summary>
    private static string? Missing(PackageOperation pm, RunFacts run, VariableScope scope)
    {
        var c = pm.Command;
        var pms = run.Packages;
        switch (pm.Kind)
        {
            case PackageManagerKind.Apt:
                // apt-get dist-clean (apt 2.7+) removes the package lists as well as the archives.
                if (run.MountCovers("/var/lib/apt/lists") || run.MountCovers("/var/cache/apt/archives") || Removes(run, "/var/lib/apt/lists")
                    || pms.Any(p => p.IsApt && p.Subcommand?.Value is "dist-clean" or "distclean")) return null;
                return "rm -rf /var/lib/apt/lists/*";
            case PackageManagerKind.Apk:
                // --no-network installs from what is already cached and downloads no index.
                if (c.HasFlag("--no-cache", "--no-network") || run.MountCovers("/var/cache/apk") || c.FindFlag("--cache-dir", true) is not null || Removes(run, "/var/cache/apk")
                    || pms.Any(p => p.Kind == PackageManagerKind.Apk && p.Action == PackageAction.Clean)) return null;
                return "--no-cache";
            case PackageManagerKind.Yum or PackageManagerKind.Dnf or PackageManagerKind.Microdnf or PackageManagerKind.Tdnf:
                if (pms.Any(p => p.IsRpm && p.Action == PackageAction.Clean) || Removes(run, "/var/cache/yum") || Removes(run, "/var/cache/dnf") || Removes(run, "/var/cache/tdnf")
                    || run.MountCovers("/var/cache/yum") || run.MountCovers("/var/cache/dnf") || run.MountCovers("/var/cache/tdnf") || run.MountCovers("/var/cache/libdnf5")) return null;
                return $"{pm.Program} clean all";
            case PackageManagerKind.Zypper:
                if (pms.Any(p => p.Kind == PackageManagerKind.Zypper && p.Action == PackageAction.Clean) || Removes(run, "/var/cache/zypp") || run.MountCovers("/var/cache/zypp")) return null;
                return "zypper clean --all";
            case PackageManagerKind.Pip:
                if (c.HasFlag("--no-cache-dir") || c.Assignments.Any(a => a.Name == "PIP_NO_CACHE_DIR") || !string.IsNullOrEmpty(scope.Lookup("PIP_NO_CACHE_DIR"))) return null;
                if (MountOnCache(run) || RemovesCache(run, "pip") || run.CommandsOf(c.ProgramName ?? "pip").Any(x => x.Command.HasSubcommand("cache", "purge"))) return null;
                return "--no-cache-dir";
            case PackageManagerKind.Npm:
                if (MountOnCache(run) || run.CommandsOf("npm").Any(x => x.Command.HasSubcommand("cache", "clean")) || RemovesCache(run, ".npm")) return null;
                return "npm cache clean --force";
            case PackageManagerKind.Yarn:
                if (MountOnCache(run) || run.CommandsOf("yarn").Any(x => x.Command.HasSubcommand("cache", "clean")) || RemovesCache(run, "yarn")) return null;
                return "yarn cache clean";
            default:
                return null;
        }
    }

    private static bool MountOnCache(RunFacts run) =>
        run.Mounts.Any(m => m.IsEphemeral && m.Target is { } t && (t.Contains(".cache", StringComparison.Ordinal) || t.Contains(".npm", StringComparison.Ordinal) || t.Contains("yarn", StringComparison.Ordinal) || t.Contains("pip", StringComparison.Ordinal)));

    private static bool Removes(RunFacts run, string path) =>
        run.CommandsOf("rm", "find").Any(c => c.Command.Arguments.Any(a => a.Value.StartsWith(path, StringComparison.Ordinal)));

    private static bool RemovesCache(RunFacts run, string part) =>
        run.CommandsOf("rm").Any(c => c.Command.Arguments.Any(a => a.Value.Contains(part, StringComparison.Ordinal) || a.Value.Contains(".cache", StringComparison.Ordinal)));
}
