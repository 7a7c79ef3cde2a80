namespace ContainerLint.Core.Dockerfile.Rules;

using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1031: package signature checks turned off (apt --allow-unauthenticated, [trusted=yes], apk --allow-untrusted, rpm
/// --nosignature, --nogpgcheck, gpgcheck=0, GOSUMDB=off …) for packages that come from a repository or the network. Where
/// the packages come from is what counts: a switch that applies only to package files made in the image (built by a RUN,
/// or downloaded by one, which CL1033 judges) or to a <c>file:</c> repository turns off no download verification. Package
/// files COPYed from the build context are still reported: their vendor signature is what the switch skips.
/// </summary>
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

    // Each program's switches, looked up once per command (six list tests per command before).
    private static readonly FrozenDictionary<string, string[]> SwitchesByProgram =
        Switches.SelectMany(s => s.Programs.Select(p => (Program: p, s.Flags))).ToFrozenDictionary(p => p.Program, p => p.Flags, StringComparer.Ordinal);

    public override RuleMetadata Descriptor => RuleDescriptors.PackageSignatureCheckDisabled;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var a in facts.Assignments)
        {
            if (a.Name == "GOSUMDB" && a.Value == "off") hits.Add(new RuleHit(a.Span, "GOSUMDB=off"));
            if (a.Name == "GOFLAGS" && a.Value.Contains("-insecure", StringComparison.Ordinal)) hits.Add(new RuleHit(a.Span, "GOFLAGS=" + a.Value));
        }

        foreach (var run in facts.Runs)
        {
            foreach (var sc in run.Commands)
            {
                var c = sc.Command;
                if (c.ProgramName is { } program && SwitchesByProgram.TryGetValue(program, out var flags))
                {
                    // Whether the packages are files made in the image matters only once a switch is found: asked then, once.
                    bool? madeInImage = null;
                    foreach (var flag in flags)
                    {
                        if (c.FindFlag(flag) is not { } f || (madeInImage ??= OnlyFilesMadeInTheImage(facts, run, sc))) continue;
                        hits.Add(new RuleHit(sc.SpanOf(f.FlagWord), c.ProgramName + " " + f.FlagWord.Value));
                    }
                }

                var arguments = c.Arguments;
                for (var n = 0; n < arguments.Count; n++)
                {
                    // One shape starts with 'A' (APT::/Acquire::), the other with "--setopt=": the first character picks the one
                    // regex to run, on the word in place (no string is cut unless it matches).
                    var w = arguments[n];
                    var head = w.ValueSpan;
                    if (head.Length < 10) continue;
                    var off = head[0] switch
                    {
                        'A' or 'a' => AptOptionOff().IsMatch(head),
                        '-' => SetoptGpgOff().IsMatch(head),
                        _ => false,
                    };
                    if (off) hits.Add(new RuleHit(sc.SpanOf(w), c.ProgramName + " " + w.Value));
                }
            }

            foreach (var (match, span) in run.Matches(WrittenSettingOff(), WrittenSettingLiterals))
            {
                if (!match.Groups["local"].Success) hits.Add(new RuleHit(span, match.Value.Trim()));
            }
        }
    }

    /// <summary>
    /// True when the command installs only package files named by path (no package names, no repository option, no URL) that
    /// no COPY/ADD of the stage brought from the build context: <c>apk add --allow-untrusted /tmp/packages/*.apk</c> after
    /// abuild, <c>rpm -i --nosignature ./app.rpm</c> after rpmbuild or a verified download.
    /// </summary>
    private static bool OnlyFilesMadeInTheImage(DockerfileFacts facts, RunFacts run, ScriptCommand sc)
    {
        var c = sc.Command;
        IReadOnlyList<Shell.ShellWord> files;
        if (c.Is("rpm"))
        {
            files = c.GetPositionalArguments(["--root", "--dbpath", "--define", "-D", "--prefix", "--relocate", "--excludepath"]);
            if (files.Count == 0 || !files.All(t => t.Value.StartsWith('/') || t.Value.StartsWith('.') || t.Value.EndsWith(".rpm", StringComparison.Ordinal))) return false;
        }
        else
        {
            if (c.HasFlag("-X") || c.HasFlag("--repository") || c.HasFlag("--enablerepo") || c.HasFlag("--repofrompath")) return false;
            if (run.Packages.FirstOrDefault(p => ReferenceEquals(p.Command, c)) is not { Action: PackageAction.Install, Packages.Count: 0, LocalFiles.Count: > 0 } pm) return false;
            files = pm.LocalFiles;
        }

        if (files.Any(f => f.Value.Contains("://", StringComparison.Ordinal))) return false;
        var copied = facts.LocalSources.Where(s => ReferenceEquals(s.Stage, run.Stage))
            .SelectMany(s => new[] { SourcePaths.BaseName(s.Value), SourcePaths.BaseName(s.Destination) })
            .ToHashSet(StringComparer.Ordinal);
        return !files.Any(f => copied.Contains(SourcePaths.BaseName(f.Value)) || copied.Any(name => SourcePaths.GlobMatch(SourcePaths.BaseName(f.Value), name)));
    }

    [GeneratedRegex(@"^(?:APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories|Acquire::AllowDowngradeToInsecureRepositories)=[""']?(?:true|1|yes)", RegexOptions.IgnoreCase)]
    private static partial Regex AptOptionOff();

    [GeneratedRegex(@"^--setopt=(?:[\w.-]+\.)?gpgcheck=(?:0|false|no)$", RegexOptions.IgnoreCase)]
    private static partial Regex SetoptGpgOff();

    // A literal every WrittenSettingOff match holds, found ignoring case as the regex matches.
    private static readonly LiteralSet WrittenSettingLiterals = new("gpgcheck", "trusted=yes", "allow-insecure=yes");

    // gpgcheck=0 in a repo file written by echo/heredoc (not repo_gpgcheck), [trusted=yes] in an apt source line; the group
    // "local" marks a source line whose repository is on disk (file:/copy:), which downloads nothing.
    [GeneratedRegex(@"(?i)(?<=^|[^A-Za-z0-9_=.]|\\[nt])gpgcheck\s*=\s*(?:0|false|no)\b|\[[^\]\n]*\b(?:trusted|allow-insecure)=yes[^\]\n]*\](?<local>\s*(?:file|copy):)?")]
    private static partial Regex WrittenSettingOff();
}
