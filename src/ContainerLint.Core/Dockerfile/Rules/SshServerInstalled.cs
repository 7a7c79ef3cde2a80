namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1051: an SSH server installed by a package manager into the image that ships, or sshd started by CMD/ENTRYPOINT.
/// Alpine's and Arch's <c>openssh</c> package is client and server together: installed for git or scp, it is reported only
/// when the image shows it serves SSH (EXPOSE 22, sshd configured or started, host keys generated).
/// </summary>
public sealed class SshServerInstalled : Rule<DockerfileFacts>
{
    private static readonly string[] Servers = ["openssh-server", "openssh", "dropbear", "dropbear-bin", "openssh-server-pam"];

    public override RuleMetadata Descriptor => RuleDescriptors.SshServerInstalled;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        var final = facts.Final;
        bool? serves = null;
        foreach (var run in facts.Runs)
        {
            if (final is not null && !final.Ships(run.Stage)) continue; // a build stage's packages are not in the image
            foreach (var pm in run.Packages)
            {
                if (pm.Action != PackageAction.Install) continue;
                foreach (var package in pm.Packages)
                {
                    if (!Servers.Contains(package.Name, StringComparer.Ordinal)) continue;
                    if (package.Name == "openssh" && !(serves ??= ServesSsh(facts, final))) continue;
                    var hint = package.Name == "openssh" ? " (install openssh-client if only the client is needed)" : "";
                    hits.Add(new RuleHit(pm.Script.SpanOf(package.Word), package.Name, hint));
                }
            }
        }

        foreach (var start in facts.StartCommands)
        {
            var i = start.Instruction;
            if (i.IsJsonForm)
            {
                if (i.Arguments.Count > 0 && IsSshd(i.Arguments[0].Value)) hits.Add(new RuleHit(i.Arguments[0].Span, "sshd", ""));
                continue;
            }

            foreach (var c in start.Script?.Commands ?? [])
            {
                if (c.ProgramWord is { } w && IsSshd(w.Value)) hits.Add(new RuleHit(i.MapSpan(w.Start, w.End), "sshd", ""));
            }
        }
    }

    /// <summary>True when the shipped image shows it serves SSH: EXPOSE 22, a start command or RUN that mentions sshd, or host keys generated.</summary>
    private static bool ServesSsh(DockerfileFacts facts, FinalImage? final)
    {
        if (facts.ExposedByFinal.Any(p => p.Port.Contains(22))) return true;
        if (facts.StartCommands.Any(c => c.Instruction.Rest.Contains("sshd", StringComparison.Ordinal) || c.Instruction.Rest.Contains("dropbear", StringComparison.Ordinal))) return true;
        foreach (var run in facts.Runs)
        {
            if (final is not null && !final.Ships(run.Stage)) continue;
            var text = run.RawText;
            if (text.Contains("sshd", StringComparison.Ordinal) || text.Contains("ssh-keygen -A", StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private static bool IsSshd(string program) => program[(program.LastIndexOf('/') + 1)..] is "sshd" or "dropbear";
}
