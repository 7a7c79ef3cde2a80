namespace ContainerLint.Core.Dockerfile.Rules;

using System.Text.RegularExpressions;
using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1031: package signature checks turned off (apt --allow-unauthenticated, [trusted=yes], apk --allow-untrusted, rpm --nosignature, --nogpgcheck, gpgcheck=0, GOSUMDB=off …).</summary>
public sealed partial class PackageSignatureCheckDisabled : Rule<DockerfileDocument>
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

    public override string Id => "CL1031";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var a in SecuritySettings.Assignments(document))
        {
            if (a.Name == "GOSUMDB" && a.Value == "off") yield return new RuleHit(a.Span, "GOSUMDB=off");
            if (a.Name == "GOFLAGS" && a.Value.Contains("-insecure", StringComparison.Ordinal)) yield return new RuleHit(a.Span, "GOFLAGS=" + a.Value);
        }

        foreach (var script in SecurityFacts.AllScripts(document))
        {
            foreach (var c in script.Script.Commands)
            {
                foreach (var (programs, flags) in Switches)
                {
                    if (!c.Is(programs)) continue;
                    foreach (var flag in flags)
                    {
                        if (c.FindFlag(flag) is { } f) yield return new RuleHit(script.SpanOf(f.FlagWord), c.ProgramName + " " + f.FlagWord.Value);
                    }
                }

                foreach (var w in c.Arguments)
                {
                    // Both shapes start with 'A' (APT::/Acquire::) or "--setopt=": a first-character test spares two regex runs per word.
                    var v = w.Value;
                    if (v.Length < 10 || v[0] is not ('A' or 'a' or '-')) continue;
                    if (AptOptionOff().IsMatch(v) || SetoptGpgOff().IsMatch(v)) yield return new RuleHit(script.SpanOf(w), c.ProgramName + " " + v);
                }
            }
        }

        foreach (var run in SecurityFacts.Runs(document))
        {
            foreach (var (match, span) in SecurityFacts.Matches(run, WrittenSettingOff(), "gpgcheck", "trusted=yes", "allow-insecure=yes"))
            {
                yield return new RuleHit(span, match.Value.Trim());
            }
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
