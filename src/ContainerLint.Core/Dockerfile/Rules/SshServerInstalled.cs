namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Shell;

/// <summary>CL1051: an SSH server installed by a package manager, or sshd started by CMD/ENTRYPOINT.</summary>
public sealed class SshServerInstalled : Rule<DockerfileDocument>
{
    private static readonly string[] Servers = ["openssh-server", "openssh", "dropbear", "dropbear-bin", "openssh-server-pam"];

    public override string Id => "CL1051";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        var graph = document.GetStages(context);
        foreach (var script in HygieneShell.PosixScripts(graph))
        {
            foreach (var pm in PackageManagers.In(script.Script))
            {
                if (pm.Action != PackageAction.Install) continue;
                foreach (var package in pm.Packages)
                {
                    var name = PackageName(package.Value);
                    if (Servers.Contains(name, StringComparer.Ordinal)) yield return new RuleHit(script.SpanOf(package), name);
                }
            }
        }

        foreach (var i in graph.Stages.SelectMany(s => s.Instructions).Where(i => i.Kind is InstructionKind.Cmd or InstructionKind.Entrypoint))
        {
            if (i.IsJsonForm)
            {
                if (i.Arguments.Count > 0 && IsSshd(i.Arguments[0].Value)) yield return new RuleHit(i.Arguments[0].Span, "sshd");
                continue;
            }

            var script = i.ParseShell(i.Rest);
            foreach (var c in script.Commands.Where(c => c.ProgramWord is { } w && IsSshd(w.Value)))
            {
                yield return new RuleHit(i.MapSpan(c.ProgramWord!.Start, c.ProgramWord.End), "sshd");
            }
        }
    }

    private static bool IsSshd(string program) => program[(program.LastIndexOf('/') + 1)..] is "sshd" or "dropbear";

    private static string PackageName(string word)
    {
        var cut = word.IndexOfAny(['=', '<', '>', '~', '@']);
        return cut > 0 ? word[..cut] : word;
    }
}
