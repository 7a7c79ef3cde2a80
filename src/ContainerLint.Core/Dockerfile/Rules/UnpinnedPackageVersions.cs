namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1035: packages installed without a version (apt, apk, rpm, zypper, pip, npm -g, gem, go install).</summary>
public sealed class UnpinnedPackageVersions : Rule<DockerfileDocument>
{
    public override string Id => "CL1035";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var script in HygieneShell.PosixScripts(document.GetStages(context)))
        {
            foreach (var pm in PackageManagers.In(script.Script))
            {
                if (pm.Action != PackageAction.Install || pm.Subcommand?.Value == "ci") continue;
                // Local npm/yarn installs follow the lock file; only global installs name free-floating packages.
                if (pm.Kind is PackageManagerKind.Npm or PackageManagerKind.Yarn && !(pm.Command.HasFlag("-g") || pm.Command.HasFlag("--global") || pm.Subcommand?.Value == "global")) continue;
                foreach (var package in pm.Packages)
                {
                    if (PackageManagers.IsPinned(pm, package)) continue;
                    yield return new RuleHit(script.SpanOf(package), package.Value, pm.Display, Example(pm, package.Value));
                }
            }
        }
    }

    private static string Example(PackageManagerCommand pm, string name) => pm.Kind switch
    {
        PackageManagerKind.Apt or PackageManagerKind.Apk or PackageManagerKind.Zypper => $"{name}=<version>",
        PackageManagerKind.Pip => $"{name}==<version>",
        PackageManagerKind.Npm or PackageManagerKind.Yarn or PackageManagerKind.Go => $"{name}@<version>",
        PackageManagerKind.Gem => $"{name}:<version>",
        _ => $"{name}-<version>",
    };
}
