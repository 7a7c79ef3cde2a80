namespace ContainerLint.Core.Dockerfile.Rules;

using System.Text.RegularExpressions;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;

/// <summary>
/// CL1033: remote content fetched without an integrity check: <c>ADD &lt;url&gt;</c> without <c>--checksum</c>, or a download
/// saved or unpacked (curl, wget; on Windows Invoke-WebRequest -OutFile, Start-BitsTransfer, certutil -urlcache, bitsadmin,
/// WebClient.DownloadFile) by a RUN that verifies nothing (<see cref="RunFacts.VerifiesDownloads"/>).
/// </summary>
public sealed partial class RemoteDownloadWithoutChecksum : Rule<DockerfileFacts>
{
    private static readonly string[] Unpackers = ["tar", "bsdtar", "unzip", "gunzip", "gzip", "xz", "zstd", "bzip2", "cpio", "dpkg", "rpm2cpio", "funzip", "busybox"];

    public override RuleMetadata Descriptor => RuleDescriptors.RemoteDownloadWithoutChecksum;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        var graph = facts.Graph;
        foreach (var add in facts.Document.Instructions)
        {
            if (add.Kind != InstructionKind.Add || add.Arguments.Count < 2 || add.GetFlag("checksum") is not null) continue;
            var scope = graph.ScopeAt(add);
            for (var n = 0; n < add.Arguments.Count - 1; n++)
            {
                var a = add.Arguments[n];
                var word = scope.Expand(a);
                var v = word.Value;
                if ((SourcePaths.IsGitUrl(v) || SourcePaths.IsRemoteUrl(v)) && !CommitPin().IsMatch(v))
                {
                    // Show the URL as it will be fetched when it is known, else as written (never with unknown parts left empty).
                    hits.Add(new RuleHit(a.Span, SecretMasker.MaskUrlCredentials(word.IsFullyResolved ? v : a.Value), SourcePaths.IsGitUrl(v) ? "by ADD from git" : "by ADD", PosixCheck));
                }
            }
        }

        // The last RUN of each stage that checks a checksum or signature: a download before it is verified (linear, not a scan per download).
        // (No dictionary for the files, most, whose RUNs verify nothing.)
        Dictionary<Stage, int>? lastCheck = null;
        foreach (var run in facts.Runs)
        {
            if (run.Verifies) (lastCheck ??= new(ReferenceEqualityComparer.Instance))[run.Stage] = Math.Max(lastCheck.GetValueOrDefault(run.Stage, -1), run.Anchor.Index);
        }

        Dictionary<(Stage, string), int>? verifiedApks = null;
        Dictionary<(Stage, string), int> VerifiedApks() => verifiedApks ??= ApksInstalledWithVerification(facts);

        foreach (var run in facts.Runs)
        {
            if (run.Downloads.Count == 0 || run.VerifiesDownloads || (lastCheck is not null && lastCheck.GetValueOrDefault(run.Stage, -1) > run.Anchor.Index)) continue;
            foreach (var download in run.Downloads)
            {
                // Piped: unpacked archives are code too; keys into gpg/apt-key are CL1040's business; pipes into shells are CL1034's.
                var keeps = download.Output == DownloadOutput.File || (download.Output == DownloadOutput.Pipe && download.PipedInto.Any(n => n.Is(Unpackers)));
                if (!keeps || download.Url is not { } url || CommitPin().IsMatch(url.Value) || InstalledByVerifyingApk(VerifiedApks(), run, download)) continue;
                var expanded = url.HasExpansion ? graph.ScopeAt(run.Anchor).Expand(url.Value, url.Span) : null;
                var shown = expanded is { IsFullyResolved: true } ? expanded.Value : url.Value;
                hits.Add(new RuleHit(url.Span, SecretMasker.MaskUrlCredentials(shown), "by " + download.Tool, run.Windows is null ? PosixCheck : PowerShellCheck));
            }
        }
    }

    private const string PosixCheck = "sha256sum -c, gpg --verify";

    private const string PowerShellCheck = "compare (Get-FileHash f).Hash with the published hash, or certutil -hashfile";

    /// <summary>
    /// True when the downloaded file is a package that <c>apk add</c> installs, in this RUN or a later one of the stage,
    /// without <c>--allow-untrusted</c>: apk checks its signature against the keys in /etc/apk/keys.
    /// </summary>
    private static bool InstalledByVerifyingApk(Dictionary<(Stage, string), int> verified, RunFacts run, Download download) =>
        download.OutputFile is { } file && file.EndsWith(".apk", StringComparison.Ordinal)
        && verified.TryGetValue((run.Stage, SourcePaths.BaseName(file)), out var last) && last >= run.Anchor.Index;

    /// <summary>Per stage and package file name, the last RUN that installs it with <c>apk add</c> and its signature check on.</summary>
    private static Dictionary<(Stage, string), int> ApksInstalledWithVerification(DockerfileFacts facts)
    {
        var result = new Dictionary<(Stage, string), int>();
        foreach (var r in facts.Runs)
        {
            foreach (var p in r.Packages)
            {
                if (p.Kind != PackageManagerKind.Apk || p.Action != PackageAction.Install || p.Command.HasFlag("--allow-untrusted")) continue;
                foreach (var f in p.LocalFiles) result[(r.Stage, SourcePaths.BaseName(f.Value))] = r.Anchor.Index;
            }
        }

        return result;
    }

    // A source pinned to a commit is content-addressed: git#<sha>, git#<ref>:<sha>, ?ref=<sha>, ?commit=<sha>, and archive or
    // raw-file URLs with the commit in the path (codeload, raw.githubusercontent.com/<org>/<repo>/<sha>/…).
    [GeneratedRegex("(?:#(?:[^:#]*:)?|[?&](?:ref|commit|sha)=|/)[0-9a-f]{40}(?:[^0-9a-f]|$)")]
    private static partial Regex CommitPin();
}
