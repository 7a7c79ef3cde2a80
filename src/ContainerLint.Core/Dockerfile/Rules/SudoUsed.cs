namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1013: <c>sudo</c> run in a RUN (pointless at build time, unpredictable TTY/signal behaviour) or installed into the image.</summary>
public sealed class SudoUsed : Rule<DockerfileDocument>
{
    public override string Id => "CL1013";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var script in SecurityFacts.AllScripts(document))
        {
            foreach (var c in script.Script.Commands)
            {
                var sudo = c.Words.FirstOrDefault(w => w.Value is "sudo" or "/usr/bin/sudo" or "/bin/sudo");
                if (sudo is not null && (c.IsWrappedBy("sudo") || c.ProgramName == "sudo"))
                {
                    yield return new RuleHit(script.SpanOf(sudo), "runs sudo");
                }

                foreach (var package in SecurityPackages.InstalledPackages(c).Where(p => SecurityPackages.PackageName(p.Value) == "sudo"))
                {
                    yield return new RuleHit(script.SpanOf(package), "installs sudo");
                }
            }
        }
    }
}
