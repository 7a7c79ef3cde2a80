namespace ContainerLint.Core.Dockerfile.Rules;

using System.Numerics;
using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1015: <c>useradd -u</c> with a high UID but without <c>-l</c>/<c>--no-log-init</c>: the sparse lastlog/faillog files bloat the layer (hadolint DL3046).</summary>
public sealed class UseraddHighUidWithoutNoLogInit : Rule<DockerfileDocument>
{
    private static readonly BigInteger HighUid = 65535;

    public override string Id => "CL1015";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var script in SecurityFacts.AllScripts(document))
        {
            foreach (var c in script.Script.FindCommands("useradd"))
            {
                if (c.HasFlag("-l") || c.HasFlag("--no-log-init")) continue;
                var uid = c.FindFlag("-u", takesValue: true) ?? c.FindFlag("--uid", takesValue: true);
                if (uid?.Value is { Length: > 0 } v && v.All(char.IsAsciiDigit) && BigInteger.Parse(v, System.Globalization.CultureInfo.InvariantCulture) > HighUid)
                {
                    yield return new RuleHit(script.Map(uid.ValueStart, uid.ValueEnd), v);
                }
            }
        }
    }
}
