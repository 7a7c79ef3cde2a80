namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>
/// PSS restricted "restrictedVolumes": only configMap, csi, downwardAPI, emptyDir, ephemeral, image,
/// persistentVolumeClaim, projected and secret. A volume with only a name defaults to emptyDir. A hostPath that a more
/// specific enabled rule reports (runtime socket, sensitive path) is left to it.
/// </summary>
public sealed class RestrictedVolumeType : WorkloadRule
{
    /// <summary>The volume sources of core/v1 outside the allowed set.</summary>
    private static readonly string[] Restricted =
    [
        "hostPath", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "nfs", "iscsi", "glusterfs", "rbd",
        "flexVolume", "cinder", "cephfs", "flocker", "fc", "azureFile", "vsphereVolume", "quobyte", "azureDisk",
        "photonPersistentDisk", "portworxVolume", "scaleIO", "storageos",
    ];

    public override RuleMetadata Descriptor => RuleDescriptors.RestrictedVolumeType;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        foreach (var v in workload.Volumes)
        {
            foreach (var type in Restricted)
            {
                if (v.Find(type) is { } e && e.Value is not YamlScalar { IsNull: true } && !(type == "hostPath" && HostPathMounts.ReportedMoreSpecifically(workload, v, context)))
                {
                    hits.Add(workload.Hit(e.Key.Span, v.GetString("name") ?? "", type));
                }
            }
        }
    }
}
