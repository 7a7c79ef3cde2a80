namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;

/// <summary>CL1003: an ARG or ENV whose name looks like a secret (its value ends up in the image config or build history).</summary>
public sealed class SecretNameInArgOrEnv : Rule<DockerfileDocument>
{
    public override string Id => "CL1003";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var i in document.AllInstructions().Where(i => i.Kind is InstructionKind.Arg or InstructionKind.Env))
        {
            foreach (var kv in i.KeyValues)
            {
                if (SecretDetector.IsSecretName(kv.Key, context.Configuration.SecretNamePatterns))
                {
                    yield return new RuleHit(kv.KeySpan, kv.Key, i.Name);
                }
            }
        }
    }
}
