namespace ContainerLint.Core.CrossFile.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Knowledge;
using ContainerLint.Core.Rules;

/// <summary>
/// runAsNonRoot: true on a container whose image's USER is a name: the kubelet cannot map a name
/// to a UID and refuses to start it ("image has non-numeric user"), unless runAsUser is set.
/// </summary>
public sealed class RunAsNonRootImageUserNotNumeric : CrossFileRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RunAsNonRootImageUserNotNumeric;

    public override IEnumerable<CrossFileHit> Check(CrossFileSet set)
    {
        foreach (var (file, c, dockerfile) in set.ContainersBuiltHere())
        {
            if (c.RunAsNonRoot != true || c.RunAsUser is not null || dockerfile.FinalUser.Kind != UserKind.NonRootName) continue;
            var user = dockerfile.FinalUser;
            yield return new CrossFileHit(file, new RuleHit(c.RunAsNonRootSpan, c.Name, dockerfile.Path, user.Value ?? "", user.Span.Line.ToString(CultureInfo.InvariantCulture))
            {
                Object = c.Reference,
                Container = c.Name,
            });
        }
    }
}
