namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1017: a download checked with MD5 or SHA-1 (<c>md5sum -c</c>, <c>sha1sum -c</c>, <c>shasum -c</c> without <c>-a 256</c>, <c>openssl dgst -md5/-sha1</c>).</summary>
public sealed class WeakChecksumVerification : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.WeakChecksumVerification;

    private static readonly string[] Programs = ["md5sum", "sha1sum", "shasum", "openssl"];

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var sc in facts.CommandsOf(Programs))
        {
            var c = sc.Command;
            string? hash = c.ProgramName switch
            {
                "md5sum" when Checks(c) => "MD5",
                "sha1sum" when Checks(c) => "SHA-1",
                // shasum's default algorithm is SHA-1.
                "shasum" when Checks(c) && (c.FindFlag("-a", takesValue: true) ?? c.FindFlag("--algorithm", takesValue: true)) is not { Value: not "1" } => "SHA-1",
                "openssl" when c.HasSubcommand("dgst") && c.Arguments.Any(a => a.Value is "-md5" or "-sha1") => c.Arguments.Any(a => a.Value == "-md5") ? "MD5" : "SHA-1",
                _ => null,
            };
            if (hash is not null && c.ProgramWord is { } word) hits.Add(new RuleHit(sc.SpanOf(word), c.ProgramName!, hash));
        }
    }

    private static bool Checks(Shell.ShellCommand c) => c.HasFlag("-c", "--check");
}
