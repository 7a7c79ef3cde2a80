namespace ContainerLint.Core.Dockerfile.Rules;

using System.Text.RegularExpressions;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Shell;

/// <summary>
/// CL1030: TLS certificate verification turned off for downloads (curl -k, wget --no-check-certificate, pip --trusted-host,
/// npm strict-ssl false, GIT_SSL_NO_VERIFY, sslverify=0 …; in PowerShell -SkipCertificateCheck and a
/// ServerCertificateValidationCallback or CertificatePolicy of ServicePointManager replaced).
/// </summary>
public sealed partial class TlsVerificationDisabled : Rule<DockerfileFacts>
{
    private static readonly string[] CurlInsecureFlags = ["-k", "--insecure", "--proxy-insecure"];

    public override RuleMetadata Descriptor => RuleDescriptors.TlsVerificationDisabled;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var a in facts.Assignments)
        {
            var off = a.Name switch
            {
                "NODE_TLS_REJECT_UNAUTHORIZED" or "PYTHONHTTPSVERIFY" => a.Value == "0",
                "GIT_SSL_NO_VERIFY" => a.Value.Length > 0 && !IsFalse(a.Value),
                "NPM_CONFIG_STRICT_SSL" or "npm_config_strict_ssl" or "YARN_STRICT_SSL" or "CURL_SSL_NO_VERIFY" => IsFalse(a.Value),
                "PIP_TRUSTED_HOST" or "GOINSECURE" => a.Value.Length > 0 && !a.Value.StartsWith('$'),
                "GIT_SSL_VERIFY" or "SSL_VERIFY" => IsFalse(a.Value),
                _ => false,
            };
            if (off) hits.Add(new RuleHit(a.Span, a.Name + "=" + a.Value));
        }

        var found = new List<(ShellWord Word, string What)>();
        foreach (var run in facts.Runs)
        {
            foreach (var sc in run.Commands)
            {
                found.Clear();
                Findings(sc.Command, found);
                foreach (var (word, what) in found) hits.Add(new RuleHit(sc.SpanOf(word), what));
            }

            // Settings written to config files (echo/heredoc), e.g. a yum repo with sslverify=0.
            foreach (var (match, span) in run.Matches(SslVerifyOff(), SslVerifyLiteral)) hits.Add(new RuleHit(span, match.Value.Trim()));
            if (run.Windows is { } windows)
            {
                foreach (var hit in WindowsFindings(windows)) hits.Add(hit);
            }
        }
    }

    /// <summary>-SkipCertificateCheck on any cmdlet; ServicePointManager's certificate callback or policy replaced (it accepts every certificate: that is what it is set for).</summary>
    private static IEnumerable<RuleHit> WindowsFindings(WindowsRun windows)
    {
        foreach (var c in windows.Script.Commands)
        {
            if (c.IsCmdlet && c.Parameter("SkipCertificateCheck") is { } skip && !(c.ParameterValue("SkipCertificateCheck") is { IsInlineValue: true } v && IsFalse(v.Value.TrimStart('$'))))
            {
                yield return new RuleHit(windows.SpanOf(skip), c.NameWord.Value + " " + skip.Value);
            }
        }

        foreach (var m in windows.Script.Members)
        {
            // Assigning $null puts the default check back.
            if (m.IsAssigned && (m.Is("ServerCertificateValidationCallback") || m.Is("CertificatePolicy")) && m.AssignedText?.StartsWith("$null", StringComparison.OrdinalIgnoreCase) != true)
            {
                yield return new RuleHit(windows.Map(m.Start, m.End), (m.TypeName is { } t ? $"[{t}]::" : "") + m.Name + " = …");
            }
        }
    }

    private static bool IsFalse(string v) => v.Trim().Trim('"', '\'').ToLowerInvariant() is "false" or "0" or "no" or "off";

    private static ShellWord? Positional(ShellCommand c, int index) => c.GetPositionalArguments() is var p && p.Count > index ? p[index] : null;

    /// <summary>Adds the command's findings to <paramref name="found"/> (a list the caller reuses: this runs for every command of every RUN).</summary>
    private static void Findings(ShellCommand c, List<(ShellWord Word, string What)> found)
    {
        // One dispatch on the program (this runs for every command of every RUN), then the options any program can take.
        switch (c.ProgramName)
        {
            case "curl":
                foreach (var flag in CurlInsecureFlags)
                {
                    if (c.FindFlag(flag) is not { } f) continue;
                    found.Add((f.FlagWord, "curl " + f.Name));
                    break;
                }

                break;
            case "wget":
                if (c.FindFlag("--no-check-certificate") is { } w) found.Add((w.FlagWord, "wget --no-check-certificate"));
                break;
            case "pip" or "pip3" or "pipenv" or "poetry" or "uv":
                PipFindings(c, found);
                break;
            case { } python when python.StartsWith("python", StringComparison.Ordinal) && c.HasFlag("-m"):
                PipFindings(c, found);
                break;
            case "npm" or "yarn" or "pnpm":
                if (c.HasSubcommand("config", "set") && Positional(c, 2) is { } k)
                {
                    var v = Positional(c, 3);
                    var pair = k.Value.Split('=', 2);
                    if (pair[0] is "strict-ssl" or "strictSsl" or "strict_ssl" && IsFalse(pair.Length == 2 ? pair[1] : v?.Value ?? "")) found.Add((k, c.ProgramName + " config set strict-ssl false"));
                }

                if (c.FindFlag("--strict-ssl") is { } s && s.FlagWord.Value.EndsWith("=false", StringComparison.Ordinal)) found.Add((s.FlagWord, s.FlagWord.Value));
                break;
            case "git":
                foreach (var f in c.FindFlags("-c", takesValue: true))
                {
                    if (f.Value is { } v && v.StartsWith("http.sslverify=", StringComparison.OrdinalIgnoreCase) && IsFalse(v[15..])) found.Add((f.FlagWord, "git -c " + v));
                }

                var p = c.GetPositionalArguments();
                if (p.Count >= 3 && p[0].Value == "config" && string.Equals(p[1].Value, "http.sslVerify", StringComparison.OrdinalIgnoreCase) && IsFalse(p[2].Value))
                {
                    found.Add((p[1], "git config http.sslVerify " + p[2].Value));
                }

                break;
        }

        var arguments = c.Arguments;
        for (var n = 0; n < arguments.Count; n++)
        {
            // Read as spans: this runs for every argument of every command, and most are no option at all.
            var word = arguments[n];
            var value = word.ValueSpan;
            if (value.Length < 9 || value[0] is not ('-' or 'A' or 'a')) continue;
            if (value.StartsWith("--insecure-skip-tls-verify", StringComparison.Ordinal) && !value.EndsWith("=false", StringComparison.Ordinal)) found.Add((word, c.ProgramName + " " + word.Value));
            else if (value.StartsWith("--setopt=sslverify=", StringComparison.OrdinalIgnoreCase) && IsFalse(word.Value[19..])) found.Add((word, c.ProgramName + " " + word.Value));
            else if (value[0] is 'A' or 'a' && AptVerifyPeerOff().IsMatch(value)) found.Add((word, c.ProgramName + " -o " + word.Value));
        }
    }

    private static void PipFindings(ShellCommand c, List<(ShellWord Word, string What)> found)
    {
        if (c.FindFlag("--trusted-host", takesValue: true) is { } t) found.Add((t.FlagWord, "pip --trusted-host " + t.Value));
        if (c.HasSubcommand("config", "set") && Positional(c, 2) is { } key && key.Value.EndsWith("trusted-host", StringComparison.Ordinal)) found.Add((key, "pip config set " + key.Value));
    }

    // The literal every SslVerifyOff match holds, found ignoring case as the regex matches.
    private static readonly LiteralSet SslVerifyLiteral = new("sslverify");

    [GeneratedRegex(@"(?i)(?<=^|[^A-Za-z0-9_=.]|\\[nt])sslverify\s*=\s*(?:0|false|no)\b")]
    private static partial Regex SslVerifyOff();

    [GeneratedRegex(@"^Acquire::https?(?:::[^:]+)?::Verify-(?:Peer|Host)=[""']?(?:false|0)", RegexOptions.IgnoreCase)]
    private static partial Regex AptVerifyPeerOff();
}
