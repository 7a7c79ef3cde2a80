namespace ContainerLint.Core.Kubernetes.Rules;

/// <summary>Facts about RoleBindings and ClusterRoleBindings.</summary>
internal static class BindingRule
{
    public static IEnumerable<KubeObject> Bindings(KubernetesFile file) => file.OfKind("RoleBinding", "ClusterRoleBinding");
}
