namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1014: a setuid/setgid bit is added (<c>chmod u+s</c>, <c>chmod 4755</c>, <c>COPY --chmod=4755</c>, <c>install -m 4755</c>).</summary>
public sealed class SetuidBitSet : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SetuidBitSet;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var change in facts.ModeChanges)
        {
            if (change.IsUmask || !change.Mode.IsValid || !(change.Mode.SetUid || change.Mode.SetGid)) continue;

            // setgid on a directory only makes new files inherit the group (postgres' 3777 socket dir): not an escalation. A
            // setgid-only chmod is almost always that (find -type d | xargs chmod g+s); setuid and install -m of files remain.
            if (!change.Mode.SetUid && (change.IsDirectory || change.Program == "chmod")) continue;
            var how = change.Program is "install" or "mkdir" ? change.Program + " -m" : change.Program;
            hits.Add(new RuleHit(change.Span, change.Mode.Text, how));
        }
    }
}
