namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1027: <c>FROM --platform</c> with a constant (breaks multi-platform builds) or with the redundant <c>$TARGETPLATFORM</c>.</summary>
public sealed class FromPlatformFlagMisuse : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.FromPlatformFlagMisuse;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var stage in facts.Graph.Stages)
        {
            if (stage.From.GetFlag("platform") is not { Value: { } value, ValueSpan: { } span }) continue;
            var v = value.Trim();
            if (v is "$TARGETPLATFORM" or "${TARGETPLATFORM}")
            {
                hits.Add(new RuleHit(span, v, "is the default already; remove the flag") { BuildCheck = "RedundantTargetPlatform" });
            }
            else if (!v.Contains('$'))
            {
                // BuildKit allows a constant when the stage name says which platform it is for (AS build-amd64).
                var parts = v.Split('/');
                var name = stage.Name ?? "";
                if (parts.Any(p => p.Length > 0 && name.Contains(p, StringComparison.OrdinalIgnoreCase))) continue;
                hits.Add(new RuleHit(span, v, "pins the stage to one platform; use $BUILDPLATFORM for build stages or drop it") { BuildCheck = "FromPlatformFlagConstDisallowed" });
            }
        }
    }
}
