namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1075: files made writable by every user: <c>chmod 777</c>/<c>o+w</c>/<c>a+w</c>, <c>COPY --chmod=777</c>,
/// <c>umask 000</c>. Sticky modes (<c>1777</c>, <c>+t</c>) are the sanctioned /tmp pattern and stay silent.
/// </summary>
public sealed class WorldWritablePermissions : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.WorldWritablePermissions;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        foreach (var change in facts.ModeChanges)
        {
            if (change.Mode.WorldWritable && !change.Mode.Sticky) yield return new RuleHit(change.Span, change.Program, change.Mode.Text);
        }
    }
}
