namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1028: Docker Content Trust turned off (<c>ENV DOCKER_CONTENT_TRUST=0</c>, <c>DOCKER_CONTENT_TRUST=0 docker pull</c>, <c>--disable-content-trust</c>).</summary>
public sealed class ContentTrustDisabled : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.ContentTrustDisabled;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var i in facts.Document.AllInstructions())
        {
            if (i.Kind is not (InstructionKind.Env or InstructionKind.Arg)) continue;
            foreach (var kv in i.KeyValues)
            {
                if (kv.Key == "DOCKER_CONTENT_TRUST" && kv.ValueSpan is { } span && IsOff(kv.Value)) hits.Add(new RuleHit(span, "DOCKER_CONTENT_TRUST=" + kv.Value!.Trim('"', '\'')));
            }
        }

        foreach (var run in facts.Runs)
        {
            foreach (var a in run.Assignments)
            {
                if (a.Name == "DOCKER_CONTENT_TRUST" && IsOff(a.Value)) hits.Add(new RuleHit(a.Span, "DOCKER_CONTENT_TRUST=" + a.Value));
            }

            foreach (var sc in run.CommandsOf("docker"))
            {
                if (sc.Command.FindFlag("--disable-content-trust", takesValue: false) is { } flag && !flag.FlagWord.Value.EndsWith("=false", StringComparison.Ordinal))
                {
                    hits.Add(new RuleHit(sc.SpanOf(flag.FlagWord), flag.FlagWord.Value));
                }
            }
        }
    }

    private static bool IsOff(string? value) => value?.Trim().Trim('"', '\'') is "0" or "false" or "False" or "FALSE" or "";
}
