namespace ContainerLint.Core.CrossFile.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Knowledge;
using ContainerLint.Core.Rules;

/// <summary>
/// runAsNonRoot: true on a container whose image, built from a Dockerfile of the set, runs as root:
/// the kubelet refuses to start it (CreateContainerConfigError). Silent when runAsUser overrides the image user.
/// </summary>
public sealed class RunAsNonRootImageRunsAsRoot : CrossFileRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RunAsNonRootImageRunsAsRoot;

    public override IEnumerable<CrossFileHit> Check(CrossFileSet set)
    {
        foreach (var (file, c, dockerfile) in set.ContainersBuiltHere())
        {
            if (c.RunAsNonRoot != true || c.RunAsUser is not null || dockerfile.FinalUser.Kind != UserKind.Root) continue;
            var user = dockerfile.FinalUser;
            var line = user.Span.Line.ToString(CultureInfo.InvariantCulture);
            var how = user.Value is null ? $"no USER, base image from line {line}" : $"USER {user.Value} at line {line}";
            yield return new CrossFileHit(file, new RuleHit(c.RunAsNonRootSpan, c.Name, dockerfile.Path, how) { Object = c.Reference, Container = c.Name });
        }
    }
}
