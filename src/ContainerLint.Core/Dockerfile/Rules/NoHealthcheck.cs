namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1054: the final stage sets no HEALTHCHECK (or turns it off with HEALTHCHECK NONE). Not asked of images where one
/// cannot work: artifact stages and OS base images, images FROM scratch, and shell-less bases (distroless, chiseled).
/// </summary>
public sealed class NoHealthcheck : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.NoHealthcheck;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        if (facts.Final is not { Purpose: ImagePurpose.Runtime } final || final.Root.IsScratch || final.Root.Image is { } image && Images.ImageDefaults.IsShellLess(image)) return;
        var last = final.Chain.Select(s => s.OfKind(InstructionKind.Healthcheck).LastOrDefault()).FirstOrDefault(h => h is not null);
        if (last is null)
        {
            hits.Add(new RuleHit(final.Stage.From.KeywordSpan, "no HEALTHCHECK"));
        }
        else if (last.Arguments.Count > 0 && string.Equals(last.Arguments[0].Value, "NONE", StringComparison.OrdinalIgnoreCase))
        {
            hits.Add(new RuleHit(last.Arguments[0].Span, "HEALTHCHECK NONE"));
        }
    }
}
