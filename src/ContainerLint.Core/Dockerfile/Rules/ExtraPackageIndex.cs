namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;

/// <summary>CL1049: pip (or uv pip) told to search an extra index beside the main one: <c>--extra-index-url</c>, <c>PIP_EXTRA_INDEX_URL</c>, <c>pip config set global.extra-index-url</c>.</summary>
public sealed class ExtraPackageIndex : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.ExtraPackageIndex;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        foreach (var a in facts.Assignments)
        {
            if (a.Name is "PIP_EXTRA_INDEX_URL" or "UV_EXTRA_INDEX_URL" && a.Value.Length > 0 && !a.Value.StartsWith('$'))
            {
                yield return new RuleHit(a.Span, a.Name, SecretMasker.MaskUrlCredentials(a.Value));
            }
        }

        foreach (var run in facts.Runs)
        {
            foreach (var sc in run.Commands)
            {
                var c = sc.Command;
                if (c.ProgramName is not { } program || !(program.StartsWith("pip", StringComparison.Ordinal) || program.StartsWith("python", StringComparison.Ordinal) || program == "uv")) continue;
                foreach (var f in c.FindFlags("--extra-index-url", takesValue: true))
                {
                    if (f.Value is { } url && !url.StartsWith('$')) yield return new RuleHit(sc.SpanOf(f.FlagWord), program + " --extra-index-url", SecretMasker.MaskUrlCredentials(url));
                }

                if (c.HasSubcommand("config", "set") && c.GetPositionalArguments() is { Count: >= 4 } p && p[2].Value.EndsWith("extra-index-url", StringComparison.Ordinal))
                {
                    yield return new RuleHit(sc.SpanOf(p[2]), program + " config set " + p[2].Value, SecretMasker.MaskUrlCredentials(p[3].Value));
                }
            }
        }
    }
}
