namespace ContainerLint.Core.Kubernetes.Rules;

/// <summary>Facts about RoleBindings and ClusterRoleBindings.</summary>
internal static class BindingRule
{
    public static IEnumerable<KubeObject> Bindings(KubernetesFile file)
    {
        foreach (var o in file.Objects)
        {
            if (o.Kind is "RoleBinding" or "ClusterRoleBinding") yield return o;
        }
    }
}
