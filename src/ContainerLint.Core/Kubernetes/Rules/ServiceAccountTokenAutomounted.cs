namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>
/// automountServiceAccountToken not false on the pod (CIS 5.1.6): every process gets an API credential it rarely needs.
/// Looks at the same file for the two facts that settle it: the pod's ServiceAccount turning the mount off
/// (the pod then inherits false), and a RoleBinding or ClusterRoleBinding granting that ServiceAccount
/// access (the pod calls the API, so the token is needed: controllers, operators, webhooks). Argo workflow pods are left
/// out: Argo's executor, in every such pod, calls the API with that token.
/// </summary>
public sealed class ServiceAccountTokenAutomounted : Rule<KubernetesFile>
{
    public override RuleMetadata Descriptor => RuleDescriptors.ServiceAccountTokenAutomounted;

    public override void Check(KubernetesFile document, RuleContext context, RuleHitSink hits)
    {
        if (document.Workloads.Count == 0) return;
        var facts = new ServiceAccountFacts(document);
        foreach (var w in document.Workloads)
        {
            if (Hit(w, facts) is { } hit) hits.Add(hit);
        }
    }

    /// <summary>The pod's hit, or null when its token is not mounted or is needed.</summary>
    private static RuleHit? Hit(Workload workload, ServiceAccountFacts facts)
    {
        var pod = workload.PodSpec.GetBoolean("automountServiceAccountToken");
        if (pod == false || pod is null && workload.IsPatch) return null;

        // Argo's executor runs in every workflow pod and reports each step's result through the API with the pod's token.
        if (PodSources.IsArgoWorkflow(workload.Owner)) return null;
        var account = (workload.PodSpec.GetScalar("serviceAccountName") ?? workload.PodSpec.GetScalar("serviceAccount")) is { IsNull: false, Value.Length: > 0 } s
            ? s.Value
            : "default";
        var ns = workload.Owner.Namespace;
        if (pod is null && facts.MountDisabled(account, ns)) return null;
        if (facts.IsBound(account, ns)) return null;
        return workload.Hit(workload.PodSpec.Find("automountServiceAccountToken")?.Value.Span ?? workload.PodAnchor);
    }

    /// <summary>ServiceAccounts of one file: which turn the token mount off, which are subjects of a binding.</summary>
    private sealed class ServiceAccountFacts
    {
        private readonly List<(string Name, string? Namespace)> _disabled = [];
        private readonly List<(string Name, string? Namespace)> _bound = [];

        public ServiceAccountFacts(KubernetesFile file)
        {
            foreach (var sa in file.OfKind("ServiceAccount"))
            {
                if (sa.Node.GetBoolean("automountServiceAccountToken") == false) _disabled.Add((sa.Name, sa.Namespace));
            }

            foreach (var binding in BindingRule.Bindings(file))
            {
                foreach (var subject in (binding.Node.GetSequence("subjects")?.Items ?? []).OfType<YamlMapping>())
                {
                    if (subject.GetString("kind") != "ServiceAccount" || subject.GetString("name") is not { } name) continue;
                    // A RoleBinding subject without a namespace means the binding's own namespace.
                    _bound.Add((name, subject.GetString("namespace") ?? (binding.Kind == "RoleBinding" ? binding.Namespace : null)));
                }
            }
        }

        public bool MountDisabled(string name, string? ns) => _disabled.Any(a => Matches(a, name, ns));

        public bool IsBound(string name, string? ns) => _bound.Any(a => Matches(a, name, ns));

        // Manifests often leave the namespace to `kubectl -n`: compare namespaces only when both are written.
        private static bool Matches((string Name, string? Namespace) account, string name, string? ns) =>
            account.Name == name && (account.Namespace is null || ns is null || account.Namespace == ns);
    }
}
