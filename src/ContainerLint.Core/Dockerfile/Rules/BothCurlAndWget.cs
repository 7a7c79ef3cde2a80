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
        foreach (var stage in facts.Runs.Where(r => r.Downloads.Count > 0).GroupBy(r => r.Stage))
        {
            // Only the two programs: PowerShell's cmdlets are not a second downloader to install.
            var uses = stage.SelectMany(r => r.Downloads).Where(d => d.Tool is "curl" or "wget").ToArray();
            if (uses.Length == 0) continue;
            var first = uses[0].Tool;
            if (uses.FirstOrDefault(u => u.Tool != first) is { } second) hits.Add(new RuleHit(second.ToolSpan, second.Tool, first));
        }
    }
}
