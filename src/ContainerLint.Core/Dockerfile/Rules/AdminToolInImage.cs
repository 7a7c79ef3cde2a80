namespace ContainerLint.Core.Dockerfile.Rules;

using System.Collections.Frozen;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1043: tools pointless inside a container (ssh, vim, shutdown, service, ps, top, kill, mount, ifconfig…) run or installed in a RUN.</summary>
public sealed class AdminToolInImage : Rule<DockerfileFacts>
{
    // ssh and openssh-client are not listed: builds use them as transport (git over ssh, scp, Ansible).
    // Sets: asked of every command and every installed package.
    private static readonly FrozenSet<string> Run = FrozenSet.Create(StringComparer.Ordinal, "vim", "vi", "nano", "shutdown", "reboot", "service", "ps", "free", "top", "htop", "kill", "mount", "ifconfig");
    private static readonly FrozenSet<string> Installed = FrozenSet.Create(StringComparer.Ordinal, "vim", "vim-tiny", "vim-nox", "nano", "emacs", "emacs-nox", "telnet", "htop", "net-tools");

    public override RuleMetadata Descriptor => RuleDescriptors.AdminToolInImage;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var run in facts.Runs)
        {
            foreach (var sc in run.Commands)
            {
                if (sc.Command.ProgramName is { } program && Run.Contains(program) && sc.Command.ProgramWord is { } w) hits.Add(new RuleHit(sc.SpanOf(w), sc.Command.ProgramName!));
            }

            foreach (var pm in run.Packages)
            {
                if (pm.Action != PackageAction.Install) continue;
                foreach (var package in pm.Packages)
                {
                    if (Installed.Contains(package.Name)) hits.Add(new RuleHit(pm.Script.SpanOf(package.Word), package.Name));
                }
            }
        }
    }
}
