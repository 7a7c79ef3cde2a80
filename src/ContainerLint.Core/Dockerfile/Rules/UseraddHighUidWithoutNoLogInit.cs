namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using System.Numerics;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1015: <c>useradd -u</c> with a high UID but without <c>-l</c>/<c>--no-log-init</c>: the sparse lastlog/faillog files bloat the layer (hadolint DL3046).</summary>
public sealed class UseraddHighUidWithoutNoLogInit : Rule<DockerfileFacts>
{
    private static readonly BigInteger HighUid = 65535;

    public override RuleMetadata Descriptor => RuleDescriptors.UseraddHighUidWithoutNoLogInit;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var account in facts.Accounts)
        {
            if (account.IsGroup || account.NoLogInit || !account.Command.Command.Is("useradd")) continue;
            if (account.NumericId is { } v && account.IdSpan is { } span && BigInteger.Parse(v, CultureInfo.InvariantCulture) > HighUid) hits.Add(new RuleHit(span, v));
        }
    }
}
