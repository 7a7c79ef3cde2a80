namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Shell;

/// <summary>
/// CL1042: a package install that leaves the manager's cache in the layer (apt lists, apk index,
/// yum/dnf/zypper caches, pip/npm/yarn caches), unless the same RUN cleans it or a cache/tmpfs mount holds it.
/// </summary>
public sealed class PackageCacheNotCleaned : Rule<DockerfileDocument>
{
    public override string Id => "CL1042";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        var graph = document.GetStages(context);
        foreach (var stage in graph.Stages)
        {
            foreach (var run in stage.OfKind(InstructionKind.Run))
            {
                var scripts = HygieneShell.Scripts(stage, run).ToArray();
                var all = scripts.SelectMany(s => s.Script.Commands).ToArray();
                var pms = scripts.SelectMany(s => PackageManagers.In(s.Script).Select(pm => (Script: s, Pm: pm))).ToArray();
                var reported = new HashSet<PackageManagerKind>();
                foreach (var (script, pm) in pms)
                {
                    if (pm.Action != PackageAction.Install) continue;
                    var fix = Missing(pm, script, all, pms.Select(p => p.Pm), graph.ScopeAt(run));
                    if (fix is null || !reported.Add(pm.Kind)) continue;
                    yield return new RuleHit(script.SpanOf(pm.Command, pm.Subcommand), pm.Display, fix);
                }
            }
        }
    }

    /// <summary>What would clean the cache, or null when it is cleaned or not kept.</summary>
    private static string? Missing(PackageManagerCommand pm, RunScript script, ShellCommand[] all, IEnumerable<PackageManagerCommand> pms, VariableScope scope)
    {
        var c = pm.Command;
        switch (pm.Kind)
        {
            case PackageManagerKind.Apt:
                if (script.MountCovers("/var/lib/apt/lists") || script.MountCovers("/var/cache/apt/archives") || Removes(all, "/var/lib/apt/lists")) return null;
                return "rm -rf /var/lib/apt/lists/*";
            case PackageManagerKind.Apk:
                // --no-network installs from what is already cached and downloads no index.
                if (c.HasFlag("--no-cache", "--no-network") || script.MountCovers("/var/cache/apk") || c.FindFlag("--cache-dir", true) is not null || Removes(all, "/var/cache/apk")
                    || pms.Any(p => p.Kind == PackageManagerKind.Apk && p.Action == PackageAction.Clean)) return null;
                return "--no-cache";
            case PackageManagerKind.Yum or PackageManagerKind.Dnf or PackageManagerKind.Microdnf or PackageManagerKind.Tdnf:
                if (pms.Any(p => p.IsRpm && p.Action == PackageAction.Clean) || Removes(all, "/var/cache/yum") || Removes(all, "/var/cache/dnf") || Removes(all, "/var/cache/tdnf")
                    || script.MountCovers("/var/cache/yum") || script.MountCovers("/var/cache/dnf") || script.MountCovers("/var/cache/tdnf") || script.MountCovers("/var/cache/libdnf5")) return null;
                return $"{pm.Program} clean all";
            case PackageManagerKind.Zypper:
                if (pms.Any(p => p.Kind == PackageManagerKind.Zypper && p.Action == PackageAction.Clean) || Removes(all, "/var/cache/zypp") || script.MountCovers("/var/cache/zypp")) return null;
                return "zypper clean --all";
            case PackageManagerKind.Pip:
                if (c.HasFlag("--no-cache-dir") || c.Assignments.Any(a => a.Name == "PIP_NO_CACHE_DIR") || !string.IsNullOrEmpty(scope.Lookup("PIP_NO_CACHE_DIR"))) return null;
                if (MountOnCache(script) || RemovesCache(all, "pip") || all.Any(x => x.Is(c.ProgramName ?? "pip") && x.HasSubcommand("cache", "purge"))) return null;
                return "--no-cache-dir";
            case PackageManagerKind.Npm:
                if (MountOnCache(script) || all.Any(x => x.Is("npm") && x.HasSubcommand("cache", "clean")) || RemovesCache(all, ".npm")) return null;
                return "npm cache clean --force";
            case PackageManagerKind.Yarn:
                if (MountOnCache(script) || all.Any(x => x.Is("yarn") && x.HasSubcommand("cache", "clean")) || RemovesCache(all, "yarn")) return null;
                return "yarn cache clean";
            default:
                return null;
        }
    }

    private static bool MountOnCache(RunScript script) =>
        HygieneShell.CacheMountTargets(script.Run).Any(t => t.Contains(".cache", StringComparison.Ordinal) || t.Contains(".npm", StringComparison.Ordinal) || t.Contains("yarn", StringComparison.Ordinal) || t.Contains("pip", StringComparison.Ordinal));

    private static bool Removes(ShellCommand[] commands, string path) =>
        commands.Any(c => c.Is("rm", "find") && c.Arguments.Any(a => a.Value.StartsWith(path, StringComparison.Ordinal)));

    private static bool RemovesCache(ShellCommand[] commands, string part) =>
        commands.Any(c => c.Is("rm") && c.Arguments.Any(a => a.Value.Contains(part, StringComparison.Ordinal) || a.Value.Contains(".cache", StringComparison.Ordinal)));
}
