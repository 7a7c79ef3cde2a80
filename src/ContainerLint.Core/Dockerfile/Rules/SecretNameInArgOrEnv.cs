namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;

/// <summary>CL1003: an ARG or ENV whose name looks like a secret (its value ends up in the image config or build history).</summary>
public sealed class SecretNameInArgOrEnv : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SecretNameInArgOrEnv;

    /// <summary>
    /// True for values that are switches or placeholders, not secrets: booleans (<c>USE_GKE_GCLOUD_AUTH_PLUGIN=true</c>) and
    /// punctuation-only stand-ins (<c>sa_password="_"</c>) for a value supplied at run time.
    /// </summary>
    private static bool IsSetting(string? value)
    {
        if (value is null) return false;
        var v = value.Trim().Trim('"', '\'').ToLowerInvariant();
        return v is "true" or "false" or "yes" or "no" or "on" or "off" || (v.Length > 0 && v.All(c => !char.IsAsciiLetterOrDigit(c)));
    }

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var i in facts.Document.AllInstructions())
        {
            if (i.Kind is not (InstructionKind.Arg or InstructionKind.Env)) continue;
            foreach (var kv in i.KeyValues)
            {
                if (SecretDetector.IsSecretName(kv.Key, context.Configuration.SecretNamePatterns) && !IsSetting(kv.Value)) hits.Add(new RuleHit(kv.KeySpan, kv.Key, i.Name));
            }
        }
    }
}
