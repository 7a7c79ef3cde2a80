namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1037: a whole-distribution upgrade (apt-get upgrade/dist-upgrade, apk upgrade, yum/dnf update without packages, zypper dup).</summary>
public sealed class FullDistributionUpgrade : Rule<DockerfileDocument>
{
    public override string Id => "CL1037";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var script in HygieneShell.PosixScripts(document.GetStages(context)))
        {
            foreach (var pm in PackageManagers.In(script.Script))
            {
                if (pm.Action == PackageAction.Upgrade) yield return new RuleHit(script.SpanOf(pm.Command, pm.Subcommand), pm.Display);
            }
        }
    }
}
