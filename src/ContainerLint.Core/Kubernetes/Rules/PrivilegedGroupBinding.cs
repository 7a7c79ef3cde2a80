namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>A binding whose subject is system:masters, system:anonymous, system:unauthenticated or system:authenticated (CIS 5.1.7).</summary>
public sealed class PrivilegedGroupBinding : Rule<KubernetesFile>
{
    private static readonly HashSet<string> Groups = new(StringComparer.Ordinal)
    {
        "system:masters", "system:anonymous", "system:unauthenticated", "system:authenticated",
    };

    public override RuleMetadata Descriptor => RuleDescriptors.PrivilegedGroupBinding;

    public override void Check(KubernetesFile document, RuleContext context, RuleHitSink hits)
    {
        foreach (var b in BindingRule.Bindings(document))
        {
            foreach (var s in (b.Node.GetSequence("subjects")?.Items ?? []).OfType<YamlMapping>())
            {
                if (s.GetScalar("name") is { } name && Groups.Contains(name.Value)) hits.Add(b.Hit(name.Span, b.Kind, b.Name, name.Value));
            }
        }
    }
}
