namespace ContainerLint.Core.Kubernetes;

/// <summary>An API version of a kind that Kubernetes deprecated and stopped serving, with its replacement.</summary>
/// <param name="ApiVersion">The retired group/version.</param>
/// <param name="Kind">The kind served there.</param>
/// <param name="DeprecatedIn">The release that deprecated it.</param>
/// <param name="RemovedIn">The first release that no longer serves it.</param>
/// <param name="Replacement">The apiVersion to use instead, or null when the kind went away (PodSecurityPolicy).</param>
public sealed record RetiredApi(string ApiVersion, string Kind, KubernetesVersion DeprecatedIn, KubernetesVersion RemovedIn, string? Replacement);

/// <summary>
/// The API versions of built-in kinds that Kubernetes has removed, from the Deprecated API Migration Guide
/// (kubernetes.io/docs/reference/using-api/deprecation-guide): v1.16, v1.22, v1.25, v1.26, v1.27, v1.29 and v1.32.
/// </summary>
public static class RetiredApis
{
    /// <summary>The newest release whose removals this table holds: the target when none is configured.</summary>
    public static KubernetesVersion Newest { get; } = new(1, 32);

    private static readonly Dictionary<(string ApiVersion, string Kind), RetiredApi> ByVersionAndKind = Build();

    public static RetiredApi? Find(string apiVersion, string kind) => ByVersionAndKind.GetValueOrDefault((apiVersion, kind));

    public static IReadOnlyCollection<RetiredApi> All => ByVersionAndKind.Values;

    private static Dictionary<(string, string), RetiredApi> Build()
    {
        var table = new Dictionary<(string, string), RetiredApi>();
        void Add(string apiVersion, string kinds, (int, int) deprecated, (int, int) removed, string? replacement)
        {
            foreach (var kind in kinds.Split(' '))
            {
                table[(apiVersion, kind)] = new RetiredApi(apiVersion, kind, new(deprecated.Item1, deprecated.Item2), new(removed.Item1, removed.Item2), replacement);
            }
        }

        // v1.16
        Add("extensions/v1beta1", "Deployment DaemonSet ReplicaSet", (1, 9), (1, 16), "apps/v1");
        Add("apps/v1beta1", "Deployment StatefulSet ReplicaSet", (1, 9), (1, 16), "apps/v1");
        Add("apps/v1beta2", "Deployment StatefulSet DaemonSet ReplicaSet", (1, 9), (1, 16), "apps/v1");
        Add("extensions/v1beta1", "NetworkPolicy", (1, 9), (1, 16), "networking.k8s.io/v1");
        Add("extensions/v1beta1", "PodSecurityPolicy", (1, 10), (1, 16), "policy/v1beta1");

        // v1.22
        Add("extensions/v1beta1", "Ingress", (1, 14), (1, 22), "networking.k8s.io/v1");
        Add("networking.k8s.io/v1beta1", "Ingress IngressClass", (1, 19), (1, 22), "networking.k8s.io/v1");
        Add("admissionregistration.k8s.io/v1beta1", "MutatingWebhookConfiguration ValidatingWebhookConfiguration", (1, 16), (1, 22), "admissionregistration.k8s.io/v1");
        Add("apiextensions.k8s.io/v1beta1", "CustomResourceDefinition", (1, 16), (1, 22), "apiextensions.k8s.io/v1");
        Add("apiregistration.k8s.io/v1beta1", "APIService", (1, 10), (1, 22), "apiregistration.k8s.io/v1");
        Add("authentication.k8s.io/v1beta1", "TokenReview", (1, 6), (1, 22), "authentication.k8s.io/v1");
        Add("authorization.k8s.io/v1beta1", "LocalSubjectAccessReview SelfSubjectAccessReview SubjectAccessReview", (1, 6), (1, 22), "authorization.k8s.io/v1");
        Add("certificates.k8s.io/v1beta1", "CertificateSigningRequest", (1, 19), (1, 22), "certificates.k8s.io/v1");
        Add("coordination.k8s.io/v1beta1", "Lease", (1, 14), (1, 22), "coordination.k8s.io/v1");
        Add("rbac.authorization.k8s.io/v1beta1", "ClusterRole ClusterRoleBinding Role RoleBinding", (1, 17), (1, 22), "rbac.authorization.k8s.io/v1");
        Add("rbac.authorization.k8s.io/v1alpha1", "ClusterRole ClusterRoleBinding Role RoleBinding", (1, 17), (1, 22), "rbac.authorization.k8s.io/v1");
        Add("scheduling.k8s.io/v1beta1", "PriorityClass", (1, 14), (1, 22), "scheduling.k8s.io/v1");
        Add("storage.k8s.io/v1beta1", "StorageClass", (1, 6), (1, 22), "storage.k8s.io/v1");
        Add("storage.k8s.io/v1beta1", "VolumeAttachment", (1, 13), (1, 22), "storage.k8s.io/v1");
        Add("storage.k8s.io/v1beta1", "CSINode", (1, 17), (1, 22), "storage.k8s.io/v1");
        Add("storage.k8s.io/v1beta1", "CSIDriver", (1, 19), (1, 22), "storage.k8s.io/v1");

        // v1.25
        Add("batch/v1beta1", "CronJob", (1, 21), (1, 25), "batch/v1");
        Add("discovery.k8s.io/v1beta1", "EndpointSlice", (1, 21), (1, 25), "discovery.k8s.io/v1");
        Add("events.k8s.io/v1beta1", "Event", (1, 19), (1, 25), "events.k8s.io/v1");
        Add("autoscaling/v2beta1", "HorizontalPodAutoscaler", (1, 22), (1, 25), "autoscaling/v2");
        Add("policy/v1beta1", "PodDisruptionBudget", (1, 21), (1, 25), "policy/v1");
        Add("policy/v1beta1", "PodSecurityPolicy", (1, 21), (1, 25), null);
        Add("node.k8s.io/v1beta1", "RuntimeClass", (1, 22), (1, 25), "node.k8s.io/v1");

        // v1.26, v1.27, v1.29, v1.32
        Add("autoscaling/v2beta2", "HorizontalPodAutoscaler", (1, 23), (1, 26), "autoscaling/v2");
        Add("flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema PriorityLevelConfiguration", (1, 23), (1, 26), "flowcontrol.apiserver.k8s.io/v1");
        Add("storage.k8s.io/v1beta1", "CSIStorageCapacity", (1, 24), (1, 27), "storage.k8s.io/v1");
        Add("flowcontrol.apiserver.k8s.io/v1beta2", "FlowSchema PriorityLevelConfiguration", (1, 26), (1, 29), "flowcontrol.apiserver.k8s.io/v1");
        Add("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema PriorityLevelConfiguration", (1, 29), (1, 32), "flowcontrol.apiserver.k8s.io/v1");
        return table;
    }
}
