namespace ContainerLint.Core.Dockerfile.Rules;

using System.Text.RegularExpressions;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;
using ContainerLint.Core.Shell;

/// <summary>CL1006: a credential written literally on a RUN command line (<c>curl -u user:pass</c>, <c>--password x</c>, <c>https://user:pw@host</c>, an npm auth token).</summary>
public sealed partial class CredentialsInRunCommand : Rule<DockerfileFacts>
{
    private static readonly string[] PasswordFlags = ["--password", "--passwd", "--http-password", "--ftp-password", "--proxy-password", "--pass", "--token", "--api-key", "--apikey", "--access-token", "--client-secret", "--secret"];

    private static readonly string[] CurlUserFlags = ["-u", "--user", "--proxy-user", "-U"];

    public override RuleMetadata Descriptor => RuleDescriptors.CredentialsInRunCommand;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        foreach (var run in facts.Runs)
        {
            foreach (var script in run.Scripts)
            {
                var seen = new HashSet<int>();
                foreach (var command in script.Script.Commands)
                {
                    foreach (var (start, end, value, how) in Credentials(command))
                    {
                        if (value.Length == 0 || SourcePaths.IsIndirect(value) || !seen.Add(start)) continue;
                        yield return new RuleHit(script.Map(start, end), command.ProgramName ?? "command", how, SecretMasker.Mask(value));
                    }
                }
            }
        }
    }

    private static IEnumerable<(int Start, int End, string Value, string How)> Credentials(ShellCommand c)
    {
        if (c.Is("curl"))
        {
            foreach (var flag in CurlUserFlags)
            {
                foreach (var f in c.FindFlags(flag, takesValue: true))
                {
                    if (f.Value is { } v && v.IndexOf(':') is var colon and > 0 && colon < v.Length - 1)
                    {
                        yield return (f.ValueStart, f.ValueEnd, v[(colon + 1)..], flag + " user:password");
                    }
                }
            }
        }

        if (c.Is("mysql", "mysqladmin", "mysqldump", "mariadb", "mariadb-admin"))
        {
            // Only the attached form: a bare -p prompts.
            foreach (var w in c.Arguments.Where(w => w.Value.StartsWith("-p", StringComparison.Ordinal) && w.Value.Length > 2 && !w.Value.StartsWith("--", StringComparison.Ordinal)))
            {
                yield return (w.Start, w.End, w.Value[2..], "-p<password>");
            }
        }

        if (c.Is("sshpass") || (c.Is("docker", "podman", "nerdctl", "helm", "oras") && c.HasSubcommand("login")) || (c.Is("helm") && c.HasSubcommand("registry", "login")))
        {
            foreach (var f in c.FindFlags("-p", takesValue: true))
            {
                if (f.Value is { } v) yield return (f.ValueStart, f.ValueEnd, v, "-p <password>");
            }
        }

        // Every PasswordFlags entry is a long option: skip the dozen flag scans when no word could be one.
        foreach (var flag in HasLongOption(c) ? PasswordFlags : [])
        {
            foreach (var f in c.FindFlags(flag, takesValue: true))
            {
                if (f.Value is { } v && !v.StartsWith('-') && !IsStdinOrFile(flag, v)) yield return (f.ValueStart, f.ValueEnd, v, flag);
            }
        }

        foreach (var w in c.Words)
        {
            if (WordCredential(w) is { } hit) yield return hit;
        }

        foreach (var a in c.Assignments)
        {
            if (WordCredential(a.Word) is { } hit) yield return hit;
        }
    }

    private static (int Start, int End, string Value, string How)? WordCredential(ShellWord w)
    {
        // Cheap substring tests first: each regex needs its literal ("://", "_auth"/"_password") to match.
        var v = w.Value;
        if (v.Contains("://", StringComparison.Ordinal) && UrlCredentials().Match(v) is { Success: true } m && !SourcePaths.IsIndirect(m.Groups["pw"].Value))
        {
            return (w.Start, w.End, m.Groups["pw"].Value, "a password in a URL");
        }

        if ((v.Contains("_auth", StringComparison.Ordinal) || v.Contains("_password", StringComparison.Ordinal)) && AuthToken().Match(v) is { Success: true } t)
        {
            return (w.Start, w.End, t.Groups["v"].Value, "an auth token");
        }

        // MatchValue's other kinds (password in a URL, high-entropy string) are not reported here, and it checks them last.
        if (SecretDetector.MatchKnownToken(v) is { } known)
        {
            return (w.Start, w.End, v, "a " + known.Kind);
        }

        return null;
    }

    private static bool HasLongOption(ShellCommand c)
    {
        foreach (var w in c.Arguments)
        {
            if (w.Value.StartsWith("--", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool IsStdinOrFile(string flag, string value) =>
        flag is "--token" or "--secret" && (value.StartsWith('/') || value.StartsWith("./", StringComparison.Ordinal) || value.StartsWith("id=", StringComparison.Ordinal));

    [GeneratedRegex(@"[a-zA-Z][a-zA-Z0-9+.\-]*://[^\s:/@]+:(?<pw>[^\s@/]+)@", RegexOptions.CultureInvariant)]
    private static partial Regex UrlCredentials();

    [GeneratedRegex(@"(?:_authToken|_auth|_password)\s*=\s*(?<v>[^\s""']+)", RegexOptions.CultureInvariant)]
    private static partial Regex AuthToken();
}
