namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1044: a stage runs both curl and wget; one downloader is enough. Reported per stage at the first use of the second tool.</summary>
public sealed class BothCurlAndWget : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.BothCurlAndWget;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        // Per stage, the first curl or wget and the first download by the other one. Only the two programs: PowerShell's
        // cmdlets are not a second downloader to install.
        Dictionary<Stage, (string First, bool Reported)>? stages = null;
        foreach (var run in facts.Runs)
        {
            foreach (var d in run.Downloads)
            {
                if (d.Tool is not ("curl" or "wget")) continue;
                stages ??= new(ReferenceEqualityComparer.Instance);
                if (!stages.TryGetValue(run.Stage, out var seen)) stages[run.Stage] = (d.Tool, false);
                else if (!seen.Reported && d.Tool != seen.First)
                {
                    stages[run.Stage] = seen with { Reported = true };
                    hits.Add(new RuleHit(d.ToolSpan, d.Tool, seen.First));
                }
            }
        }
    }
}
