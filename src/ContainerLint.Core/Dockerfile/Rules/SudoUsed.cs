namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1013: <c>sudo</c> run in a RUN (pointless at build time, unpredictable TTY/signal behaviour) or installed into the image.</summary>
public sealed class SudoUsed : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SudoUsed;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        foreach (var run in facts.Runs)
        {
            foreach (var sc in run.Commands)
            {
                var c = sc.Command;
                if (!c.IsWrappedBy("sudo") && c.ProgramName != "sudo") continue;
                if (c.Words.FirstOrDefault(w => w.Value is "sudo" or "/usr/bin/sudo" or "/bin/sudo") is { } sudo) yield return new RuleHit(sc.SpanOf(sudo), "runs sudo");
            }

            foreach (var pm in run.Packages)
            {
                if (pm.Action != PackageAction.Install) continue;
                foreach (var package in pm.Packages)
                {
                    if (package.Name == "sudo") yield return new RuleHit(pm.Script.SpanOf(package.Word), "installs sudo");
                }
            }
        }
    }
}
