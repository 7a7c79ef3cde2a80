namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1035: operating-system packages installed without a version (apt, apk, yum/dnf, zypper, pacman); language packages are CL1048's.</summary>
public sealed class UnpinnedPackageVersions : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.UnpinnedPackageVersions;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits) => Unpinned(facts, distribution: true, hits);

    /// <summary>Unpinned packages of the distribution's managers, or of the language ecosystems'.</summary>
    internal static void Unpinned(DockerfileFacts facts, bool distribution, RuleHitSink hits)
    {
        foreach (var pm in facts.Packages)
        {
            if (pm.IsDistribution != distribution || pm.Action != PackageAction.Install || pm.Subcommand?.Value == "ci") continue;
            // Local npm/yarn installs follow the lock file; only global installs name free-floating packages.
            if (pm.Kind is PackageManagerKind.Npm or PackageManagerKind.Yarn or PackageManagerKind.Pnpm && !(pm.Command.HasFlag("-g") || pm.Command.HasFlag("--global") || pm.Subcommand?.Value == "global")) continue;
            foreach (var package in pm.Packages)
            {
                if (!package.IsPinned) hits.Add(new RuleHit(pm.Script.SpanOf(package.Word), package.Word.Value, pm.Display, Example(pm, pm.Kind is PackageManagerKind.Go or PackageManagerKind.Npm or PackageManagerKind.Yarn or PackageManagerKind.Pnpm ? package.Name : package.Word.Value)));
            }
        }
    }

    private static string Example(PackageOperation pm, string name) => pm.Kind switch
    {
        PackageManagerKind.Apt or PackageManagerKind.Apk or PackageManagerKind.Zypper or PackageManagerKind.Pacman => $"{name}=<version>",
        PackageManagerKind.Pip => $"{name}==<version>",
        PackageManagerKind.Npm or PackageManagerKind.Yarn or PackageManagerKind.Pnpm or PackageManagerKind.Go => $"{name}@<version>",
        PackageManagerKind.Gem => $"{name}:<version>",
        PackageManagerKind.Chocolatey => $"{name} --version=<version>",
        PackageManagerKind.PowerShellGallery => $"{name} -RequiredVersion <version>",
        _ => $"{name}-<version>",
    };
}
