namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;

/// <summary>CL1003: an ARG or ENV whose name looks like a secret (its value ends up in the image config or build history).</summary>
public sealed class SecretNameInArgOrEnv : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SecretNameInArgOrEnv;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        foreach (var i in facts.Document.AllInstructions())
        {
            if (i.Kind is not (InstructionKind.Arg or InstructionKind.Env)) continue;
            foreach (var kv in i.KeyValues)
            {
                if (SecretDetector.IsSecretName(kv.Key, context.Configuration.SecretNamePatterns)) yield return new RuleHit(kv.KeySpan, kv.Key, i.Name);
            }
        }
    }
}
