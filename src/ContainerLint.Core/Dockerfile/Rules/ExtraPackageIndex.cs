namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;

/// <summary>CL1049: pip (or uv pip) told to search an extra index beside the main one: <c>--extra-index-url</c>, <c>PIP_EXTRA_INDEX_URL</c>, <c>pip config set global.extra-index-url</c>.</summary>
public sealed class ExtraPackageIndex : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.ExtraPackageIndex;

    /// <summary>The public Python Package Index (or its file host), whatever the path.</summary>
    private static bool IsPublicIndex(string url)
    {
        var host = url.Trim('\'', '"');
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) host = host[(scheme + 3)..];
        host = host[(host.IndexOf('@') + 1)..];
        var end = host.IndexOfAny(['/', ':']);
        if (end >= 0) host = host[..end];
        return host.ToLowerInvariant() is "pypi.org" or "pypi.python.org" or "files.pythonhosted.org" or "test.pypi.org";
    }

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var a in facts.Assignments)
        {
            if (a.Name is "PIP_EXTRA_INDEX_URL" or "UV_EXTRA_INDEX_URL" && a.Value.Length > 0 && !a.Value.StartsWith('$'))
            {
                hits.Add(new RuleHit(a.Span, a.Name, SecretMasker.MaskUrlCredentials(a.Value)));
            }
        }

        foreach (var run in facts.Runs)
        {
            foreach (var sc in run.Commands)
            {
                var c = sc.Command;
                if (c.ProgramName is not { } program || !(program.StartsWith("pip", StringComparison.Ordinal) || program.StartsWith("python", StringComparison.Ordinal) || program == "uv")) continue;
                // With --index-url naming a vendor index, pip never asks the public index: two vendor indexes cannot be shadowed by it.
                var main = (c.FindFlag("--index-url", takesValue: true) ?? c.FindFlag("-i", takesValue: true))?.Value;
                var publicIndexInPlay = main is null || main.StartsWith('$') || IsPublicIndex(main);
                foreach (var f in c.FindFlags("--extra-index-url", takesValue: true))
                {
                    if (f.Value is { } url && !url.StartsWith('$') && (publicIndexInPlay || IsPublicIndex(url))) hits.Add(new RuleHit(sc.SpanOf(f.FlagWord), program + " --extra-index-url", SecretMasker.MaskUrlCredentials(url)));
                }

                if (c.HasSubcommand("config", "set") && c.GetPositionalArguments() is { Count: >= 4 } p && p[2].Value.EndsWith("extra-index-url", StringComparison.Ordinal))
                {
                    hits.Add(new RuleHit(sc.SpanOf(p[2]), program + " config set " + p[2].Value, SecretMasker.MaskUrlCredentials(p[3].Value)));
                }
            }
        }
    }
}
