namespace ContainerLint.Core.Dockerfile.Rules;

using System.Text.RegularExpressions;
using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1040: <c>apt-key add</c> of a key downloaded in the same RUN without checking its fingerprint (apt-key is also deprecated: use signed-by).</summary>
public sealed partial class AptKeyAddWithoutFingerprint : Rule<DockerfileDocument>
{
    public override string Id => "CL1040";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var run in SecurityFacts.Runs(document))
        {
            var scripts = SecurityFacts.Scripts(run).ToArray();
            var commands = scripts.SelectMany(s => s.Script.Commands).ToArray();
            if (!commands.Any(c => c.Is("curl", "wget"))) continue;
            var checksFingerprint = commands.Any(c => c.Is("gpg", "gpg2") && c.Arguments.Any(w => w.Value is "--fingerprint" or "--with-fingerprint" or "--recv-keys" or "--recv-key"))
                || SecurityFacts.RawText(run).Contains("signed-by=", StringComparison.Ordinal) && commands.Any(c => c.Is("gpg", "gpg2"))
                || commands.Any(c => c.Is("apt-key") && c.HasSubcommand("adv") && c.Arguments.Any(w => Fingerprint().IsMatch(w.Value)));
            if (checksFingerprint) continue;
            foreach (var script in scripts)
            {
                foreach (var c in script.Script.FindSubcommand("apt-key", "add"))
                {
                    yield return new RuleHit(script.SpanOf(c.ProgramWord!));
                }
            }
        }
    }

    [GeneratedRegex("^(?:0x)?[0-9A-Fa-f]{40}$")]
    private static partial Regex Fingerprint();
}
