namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1051: an SSH server installed by a package manager, or sshd started by CMD/ENTRYPOINT.</summary>
public sealed class SshServerInstalled : Rule<DockerfileFacts>
{
    private static readonly string[] Servers = ["openssh-server", "openssh", "dropbear", "dropbear-bin", "openssh-server-pam"];

    public override RuleMetadata Descriptor => RuleDescriptors.SshServerInstalled;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        foreach (var pm in facts.Packages)
        {
            if (pm.Action != PackageAction.Install) continue;
            foreach (var package in pm.Packages)
            {
                if (!Servers.Contains(package.Name, StringComparer.Ordinal)) continue;
                // Alpine's and Arch's openssh package is client and server together.
                var hint = package.Name == "openssh" ? " (install openssh-client if only the client is needed)" : "";
                yield return new RuleHit(pm.Script.SpanOf(package.Word), package.Name, hint);
            }
        }

        foreach (var start in facts.StartCommands)
        {
            var i = start.Instruction;
            if (i.IsJsonForm)
            {
                if (i.Arguments.Count > 0 && IsSshd(i.Arguments[0].Value)) yield return new RuleHit(i.Arguments[0].Span, "sshd", "");
                continue;
            }

            foreach (var c in start.Script?.Commands ?? [])
            {
                if (c.ProgramWord is { } w && IsSshd(w.Value)) yield return new RuleHit(i.MapSpan(w.Start, w.End), "sshd", "");
            }
        }
    }

    private static bool IsSshd(string program) => program[(program.LastIndexOf('/') + 1)..] is "sshd" or "dropbear";
}
