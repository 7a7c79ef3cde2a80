namespace ContainerLint.Core.Dockerfile.Rules;

using System.Text.RegularExpressions;
using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;
using ContainerLint.Core.Shell;

/// <summary>CL1033: remote content fetched without an integrity check: <c>ADD &lt;url&gt;</c> without <c>--checksum</c>, or curl/wget saving or unpacking a file with no sha256sum/gpg/cosign verification in the same RUN.</summary>
public sealed partial class RemoteDownloadWithoutChecksum : Rule<DockerfileDocument>
{
    private static readonly string[] Verifiers = ["sha256sum", "sha512sum", "sha384sum", "sha224sum", "sha1sum", "shasum", "md5sum", "b2sum", "gpg", "gpgv", "gpg2", "cosign", "minisign", "signify", "openssl", "rpm", "slsa-verifier", "sigstore", "sha256", "certutil", "Get-FileHash"];
    private static readonly string[] Unpackers = ["tar", "bsdtar", "unzip", "gunzip", "gzip", "xz", "zstd", "bzip2", "cpio", "dpkg", "rpm2cpio", "funzip", "busybox"];

    private static readonly string[] DownloaderValueOptions = ["-o", "-O", "--output", "-H", "--header", "-u", "--user", "-A", "-e", "-d", "--data", "-X", "-w", "--retry", "-m", "--max-time", "--connect-timeout", "-T", "-P", "--directory-prefix", "-t", "--tries", "--timeout"];

    public override string Id => "CL1033";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        var graph = document.GetStages(context);
        foreach (var add in document.Instructions.Where(i => i.Kind == InstructionKind.Add && i.Arguments.Count >= 2))
        {
            if (add.GetFlag("checksum") is not null) continue;
            var scope = graph.ScopeAt(add);
            foreach (var a in add.Arguments.Take(add.Arguments.Count - 1))
            {
                var v = scope.Expand(a).Value;
                if (SecurityFacts.IsGitUrl(v))
                {
                    if (!CommitRef().IsMatch(v)) yield return new RuleHit(a.Span, SecretMasker.MaskUrlCredentials(v), "by ADD from git without a commit pin");
                }
                else if (SecurityFacts.IsRemoteUrl(v))
                {
                    yield return new RuleHit(a.Span, SecretMasker.MaskUrlCredentials(v), "by ADD without --checksum");
                }
            }
        }

        foreach (var run in SecurityFacts.Runs(document))
        {
            var scripts = SecurityFacts.Scripts(run).ToArray();
            if (scripts.Any(s => s.Script.Commands.Any(c => c.Is(Verifiers) && IsVerification(c)))) continue;
            foreach (var script in scripts)
            {
                foreach (var c in script.Script.FindCommands("curl", "wget"))
                {
                    if (!SavesOrUnpacks(c)) continue;
                    var url = c.GetPositionalArguments(DownloaderValueOptions)
                        .FirstOrDefault(w => w.Value.Contains("://", StringComparison.Ordinal) || w.HasExpansion);
                    if (url is null) continue;
                    yield return new RuleHit(script.SpanOf(url), SecretMasker.MaskUrlCredentials(url.Value), "by " + c.ProgramName);
                }
            }
        }
    }

    private static bool IsVerification(ShellCommand c) =>
        !c.Is("gpg", "gpg2", "openssl", "rpm") || c.Arguments.Any(w => w.Value is "--verify" or "--verify-files" or "dgst" or "-K" or "--checksig" or "-c" || w.Value.StartsWith("--verify", StringComparison.Ordinal));

    private static bool SavesOrUnpacks(ShellCommand c)
    {
        if (c.Pipeline is { } pipeline && c.PipelineStage >= 0 && c.PipelineStage + 1 < pipeline.Stages.Count)
        {
            // Piped: unpacked archives are code too; keys into gpg/apt-key are CL1040's business; pipes into shells are CL1034's.
            return pipeline.Stages[c.PipelineStage + 1].Any(n => n.Is(Unpackers));
        }

        var toStdout = c.Is("curl")
            ? !(c.HasFlag("-o") || c.HasFlag("-O") || c.HasFlag("--output") || c.HasFlag("--remote-name") || c.HasFlag("--remote-name-all"))
            : c.FindFlag("-O", takesValue: true) is { Value: "-" } || c.FindFlag("--output-document", takesValue: true) is { Value: "-" } || c.HasFlag("--spider");
        if (!toStdout) return true;
        return c.Redirections.Any(r => r.Operator is ">" or ">>" && r.FileDescriptor is null or 1 && r.Target is { } t && t.Value != "/dev/null");
    }

    [GeneratedRegex("#(?:[^:]*:)?[0-9a-f]{40}(?:[^0-9a-f]|$)")]
    private static partial Regex CommitRef();
}
