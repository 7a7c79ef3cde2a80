namespace ContainerLint.Core.Dockerfile.Rules;

using System.Text.RegularExpressions;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1031: package signature checks turned off (apt --allow-unauthenticated, [trusted=yes], apk --allow-untrusted, rpm --nosignature, --nogpgcheck, gpgcheck=0, GOSUMDB=off …).</summary>
public sealed partial class PackageSignatureCheckDisabled : Rule<DockerfileFacts>
{
    private static readonly (string[] Programs, string[] Flags)[] Switches =
    [
        (["apt-get", "apt", "aptitude"], ["--allow-unauthenticated", "--force-yes", "--allow-insecure-repositories"]),
        (["apk"], ["--allow-untrusted"]),
        (["rpm"], ["--nosignature", "--nodigest", "--noverify", "--nofiledigest"]),
        (["yum", "dnf", "tdnf", "microdnf"], ["--nogpgcheck"]),
        (["zypper"], ["--no-gpg-checks", "--no-gpg-check"]),
        (["dpkg"], ["--force-bad-verify"]),
    ];

    public override RuleMetadata Descriptor => RuleDescriptors.PackageSignatureCheckDisabled;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        foreach (var a in facts.Assignments)
        {
            if (a.Name == "GOSUMDB" && a.Value == "off") yield return new RuleHit(a.Span, "GOSUMDB=off");
            if (a.Name == "GOFLAGS" && a.Value.Contains("-insecure", StringComparison.Ordinal)) yield return new RuleHit(a.Span, "GOFLAGS=" + a.Value);
        }

        foreach (var run in facts.Runs)
        {
            foreach (var sc in run.Commands)
            {
                var c = sc.Command;
                foreach (var (programs, flags) in Switches)
                {
                    if (!c.Is(programs)) continue;
                    foreach (var flag in flags)
                    {
                        if (c.FindFlag(flag) is { } f) yield return new RuleHit(sc.SpanOf(f.FlagWord), c.ProgramName + " " + f.FlagWord.Value);
                    }
                }

                foreach (var w in c.Arguments)
                {
                    // Both shapes start with 'A' (APT::/Acquire::) or "--setopt=": a first-character test spares two regex runs per word.
                    var v = w.Value;
                    if (v.Length < 10 || v[0] is not ('A' or 'a' or '-')) continue;
                    if (AptOptionOff().IsMatch(v) || SetoptGpgOff().IsMatch(v)) yield return new RuleHit(sc.SpanOf(w), c.ProgramName + " " + v);
                }
            }

            foreach (var (match, span) in run.Matches(WrittenSettingOff(), "gpgcheck", "trusted=yes", "allow-insecure=yes")) yield return new RuleHit(span, match.Value.Trim());
        }
    }

    [GeneratedRegex(@"^(?:APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories|Acquire::AllowDowngradeToInsecureRepositories)=[""']?(?:true|1|yes)", RegexOptions.IgnoreCase)]
    private static partial Regex AptOptionOff();

    [GeneratedRegex(@"^--setopt=(?:[\w.-]+\.)?gpgcheck=(?:0|false|no)$", RegexOptions.IgnoreCase)]
    private static partial Regex SetoptGpgOff();

    // gpgcheck=0 in a repo file written by echo/heredoc (not repo_gpgcheck), [trusted=yes] in an apt source line.
    [GeneratedRegex(@"(?i)(?<=^|[^A-Za-z0-9_=.]|\\[nt])gpgcheck\s*=\s*(?:0|false|no)\b|\[[^\]\n]*\b(?:trusted|allow-insecure)=yes[^\]\n]*\]")]
    private static partial Regex WrittenSettingOff();
}
