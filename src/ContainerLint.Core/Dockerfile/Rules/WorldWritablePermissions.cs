namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1075: files made writable by every user: <c>chmod 777</c>/<c>o+w</c>/<c>a+w</c>, <c>COPY --chmod=777</c>,
/// <c>umask 000</c>. Sticky modes (<c>1777</c>, <c>+t</c>) are the sanctioned /tmp pattern and stay silent, and so do
/// temporary paths that the same RUN deletes afterwards (they never reach the layer).
/// </summary>
public sealed class WorldWritablePermissions : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.WorldWritablePermissions;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var change in facts.ModeChanges)
        {
            if (!change.Mode.WorldWritable || change.Mode.Sticky || DeletedBySameRun(facts, change)) continue;
            hits.Add(new RuleHit(change.Span, change.Program, change.Mode.Text));
        }
    }

    private static bool DeletedBySameRun(DockerfileFacts facts, ModeChange change) =>
        change.Command is { } command && change.Targets.Count > 0
        && facts.RunOf(command.Script.Run) is { } run
        && change.Targets.All(t => run.RemovedLater(command, t.Value));
}
