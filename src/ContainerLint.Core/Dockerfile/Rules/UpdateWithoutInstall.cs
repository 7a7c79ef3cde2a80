namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Shell;

/// <summary>CL1036: a package index update in a RUN that installs nothing with that manager (the cached layer goes stale).</summary>
public sealed class UpdateWithoutInstall : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.UpdateWithoutInstall;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var run in facts.Runs)
        {
            if (!run.Packages.Any(p => p.Action == PackageAction.UpdateIndex)) continue;
            // A script we cannot see into (./install.sh, sh setup.sh) may install.
            if (run.Commands.Any(c => RunsScriptFile(c.Command))) continue;
            foreach (var pm in run.Packages)
            {
                if (pm.Action != PackageAction.UpdateIndex) continue;
                var consumed = run.Packages.Any(c => c.Family == pm.Family && c.Action is PackageAction.Install or PackageAction.Upgrade)
                    || (pm.Family == 0 && run.Runs("apt-cache", "add-apt-repository", "apt-mark", "apk"));
                if (!consumed) hits.Add(new RuleHit(pm.Span, pm.Display));
            }
        }
    }

    private static bool RunsScriptFile(ShellCommand c) =>
        c.ProgramName is { } p && (p.EndsWith(".sh", StringComparison.Ordinal) || (c.Is("sh", "bash", "ash", "dash", "zsh", ".", "source") && c.GetPositionalArguments().Count > 0 && !c.HasFlag("-c")));
}
