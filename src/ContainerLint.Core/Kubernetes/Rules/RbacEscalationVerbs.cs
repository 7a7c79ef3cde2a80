namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>The escalate, bind and impersonate verbs (CIS 5.1.8).</summary>
public sealed class RbacEscalationVerbs : RbacRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RbacEscalationVerbs;

    protected override IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule)
    {
        foreach (var verb in rule.Verbs)
        {
            if (verb.Value is "escalate" or "bind" or "impersonate") yield return (verb.Span, "the verb " + verb.Value);
        }
    }
}
