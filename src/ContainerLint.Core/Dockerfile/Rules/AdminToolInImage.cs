namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1043: tools pointless inside a container (ssh, vim, shutdown, service, ps, top, kill, mount, ifconfig…) run or installed in a RUN.</summary>
public sealed class AdminToolInImage : Rule<DockerfileDocument>
{
    private static readonly string[] Run = ["ssh", "vim", "vi", "nano", "shutdown", "reboot", "service", "ps", "free", "top", "htop", "kill", "mount", "ifconfig"];
    private static readonly string[] Installed = ["vim", "vim-tiny", "vim-nox", "nano", "emacs", "emacs-nox", "openssh-client", "ssh", "telnet", "htop", "net-tools"];

    public override string Id => "CL1043";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var script in HygieneShell.PosixScripts(document.GetStages(context)))
        {
            foreach (var c in script.Script.Commands)
            {
                if (c.Is(Run) && c.ProgramWord is { } w) yield return new RuleHit(script.SpanOf(w), c.ProgramName!);
            }

            foreach (var pm in PackageManagers.In(script.Script).Where(p => p.Action == PackageAction.Install))
            {
                foreach (var package in pm.Packages)
                {
                    var name = package.Value.Split('=', '<', '>', '~')[0];
                    if (Installed.Contains(name, StringComparer.Ordinal)) yield return new RuleHit(script.SpanOf(package), name);
                }
            }
        }
    }
}
