namespace ContainerLint.Core.Dockerfile.Rules;

using System.Text.RegularExpressions;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1040: <c>apt-key add</c> of a key downloaded in the same RUN without checking its fingerprint (apt-key is also deprecated: use signed-by).</summary>
public sealed partial class AptKeyAddWithoutFingerprint : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.AptKeyAddWithoutFingerprint;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var run in facts.Runs)
        {
            if (!run.Runs("apt-key") || !run.Runs("curl", "wget")) continue;
            var gpg = run.CommandsOf("gpg", "gpg2").ToArray();
            var checksFingerprint = gpg.Any(c => c.Command.Arguments.Any(w => w.Value is "--fingerprint" or "--with-fingerprint" or "--recv-keys" or "--recv-key"))
                || (gpg.Length > 0 && run.RawText.Contains("signed-by=", StringComparison.Ordinal))
                || run.CommandsOf("apt-key").Any(c => (c.Command.HasSubcommand("adv") || c.Command.HasSubcommand("fingerprint")) && c.Command.Arguments.Any(w => Fingerprint().IsMatch(w.Value)));
            if (checksFingerprint) continue;
            foreach (var c in run.CommandsOf("apt-key"))
            {
                if (c.Command.HasSubcommand("add")) hits.Add(new RuleHit(c.ProgramSpan));
            }
        }
    }

    [GeneratedRegex("^(?:0x)?[0-9A-Fa-f]{40}$")]
    private static partial Regex Fingerprint();
}
