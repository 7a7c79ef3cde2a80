namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1039: an install that may prompt (apt-get without -y, yum/dnf without -y, zypper without -n).</summary>
public sealed class MissingNonInteractiveFlag : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.MissingNonInteractiveFlag;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var pm in facts.Packages)
        {
            if (pm.Action is not (PackageAction.Install or PackageAction.Upgrade)) continue;
            var c = pm.Command;
            var flag = pm.Kind switch
            {
                PackageManagerKind.Apt when !(c.HasFlag("-y", "--yes", "--assume-yes", "-qq", "--quiet=2", "-q=2") || c.Arguments.Any(a => a.Value.Contains("Assume-Yes", StringComparison.OrdinalIgnoreCase))) => "-y",
                PackageManagerKind.Yum or PackageManagerKind.Dnf or PackageManagerKind.Tdnf when !c.HasFlag("-y", "--assumeyes") => "-y",
                PackageManagerKind.Zypper when !c.HasFlag("-n", "--non-interactive", "-y", "--no-confirm") => "-n",
                _ => null,
            };
            if (flag is null) continue;
            // -y after the subcommand is what apt-get, yum and dnf all accept; zypper's -n is a global option before it.
            var fix = pm.Kind == PackageManagerKind.Zypper ? null : PackageCommandFixes.AddOption(pm, facts.Document.Source, flag);
            hits.Add(new RuleHit(pm.Span, pm.Display, flag) { Fix = fix });
        }
    }
}
