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

    // The literals UrlCredentials and AuthToken need, found in one scan of a word.
    private static readonly System.Buffers.SearchValues<string> Literals = System.Buffers.SearchValues.Create(["://", "_auth", "_password"], StringComparison.Ordinal);

    // Every shape WordCredential reports holds one of these (Literals and SecretDetector's token markers): one scan of the
    // word's characters, before a string is cut for it, rules out nearly every word of a RUN.
    private static readonly System.Buffers.SearchValues<string> AnyShape = System.Buffers.SearchValues.Create(
        ["://", "_auth", "_password", .. SecretDetector.KnownTokenLiterals], StringComparison.Ordinal);

    public override RuleMetadata Descriptor => RuleDescriptors.CredentialsInRunCommand;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        // Plain loops: this runs for every command of every RUN, and nested iterators cost more than the checks.
        var found = new List<(int Start, int End, string Value, string How)>();
        var programs = new List<(int FoundEnd, string Program)>(); // the program of found[i] is the first entry with FoundEnd > i
        var shapeStarts = new List<int>();
        HashSet<int>? seen = null;
        foreach (var run in facts.Runs)
        {
            for (var s = 0; s < run.Scripts.Count; s++)
            {
                var script = run.Scripts[s];
                seen?.Clear();

                // A word's value is its text with quotes and escapes taken out: a literal can be in a word's value without
                // starting inside the word's text only where a quote or escape split it (the word is marked quoted) or a line
                // continuation did (not marked: a script holding one is searched word by word). One search of the text for
                // where the literals start spares nearly every other word the search of its own.
                var text = script.Script.Text.AsSpan();
                var continued = text.Contains("\\\n", StringComparison.Ordinal);
                shapeStarts.Clear();
                if (!continued)
                {
                    for (int from = 0, at; (at = text[from..].IndexOfAny(AnyShape)) >= 0; from += at + 1) shapeStarts.Add(from + at);
                }

                var scan = new Scan(continued ? null : shapeStarts, continued || text.Contains("--", StringComparison.Ordinal));

                // Found for the whole script, then reported: a credential inside another found one is reported once (Encloses).
                found.Clear();
                programs.Clear();
                var commands = script.Script.Commands;
                for (var n = 0; n < commands.Count; n++)
                {
                    var command = commands[n];
                    Credentials(command, scan, found);
                    programs.Add((found.Count, command.ProgramName ?? "command"));
                }

                for (int i = 0, p = 0; i < found.Count; i++)
                {
                    while (programs[p].FoundEnd <= i) p++;
                    var (start, end, value, how) = found[i];
                    if (value.Length == 0 || SourcePaths.IsIndirect(value) || Encloses(found, start, end) || !(seen ??= []).Add(start)) continue;
                    hits.Add(new RuleHit(script.Map(start, end), programs[p].Program, how, SecretMasker.Mask(value)));
                }
            }
        }
    }

    /// <summary>
    /// Whether another credential found in the script lies inside [<paramref name="start"/>, <paramref name="end"/>): an
    /// assignment <c>x="$(git clone https://u:pw@host)"</c> holds the URL its nested command reports, one credential.
    /// </summary>
    private static bool Encloses(List<(int Start, int End, string Value, string How)> found, int start, int end)
    {
        foreach (var f in found)
        {
            if (f.Start >= start && f.End <= end && f.End - f.Start < end - start && f.Value.Length > 0 && !SourcePaths.IsIndirect(f.Value)) return true;
        }

        return false;
    }

    /// <summary>What the searches of a script's text found.</summary>
    /// <param name="ShapeStarts">Where literals of <see cref="AnyShape"/> start, in order; null when every word must be searched.</param>
    /// <param name="HasLongOption">Whether the text holds "--".</param>
    private readonly record struct Scan(List<int>? ShapeStarts, bool HasLongOption)
    {
        /// <summary>Whether a literal starts within [<paramref name="start"/>, <paramref name="end"/>) of the text (true when not known).</summary>
        public bool ShapeStartsWithin(int start, int end)
        {
            if (ShapeStarts is not { } starts) return true;
            var i = starts.BinarySearch(start);
            if (i < 0) i = ~i;
            return i < starts.Count && starts[i] < end;
        }
    }

    private static void Credentials(ShellCommand c, Scan scan, List<(int Start, int End, string Value, string How)> found)
    {
        switch (c.ProgramName)
        {
            case "curl":
                foreach (var flag in CurlUserFlags)
                {
                    foreach (var f in c.FindFlags(flag, takesValue: true))
                    {
                        if (f.Value is { } v && v.IndexOf(':') is var colon and > 0 && colon < v.Length - 1)
                        {
                            found.Add((f.ValueStart, f.ValueEnd, v[(colon + 1)..], flag + " user:password"));
                        }
                    }
                }

                break;
            case "mysql" or "mysqladmin" or "mysqldump" or "mariadb" or "mariadb-admin":
                // Only the attached form: a bare -p prompts.
                foreach (var w in c.Arguments)
                {
                    if (w.Value.StartsWith("-p", StringComparison.Ordinal) && w.Value.Length > 2 && !w.Value.StartsWith("--", StringComparison.Ordinal))
                    {
                        found.Add((w.Start, w.End, w.Value[2..], "-p<password>"));
                    }
                }

                break;
            case "sshpass":
                PasswordFlag(c, found);
                break;
            case "docker" or "podman" or "nerdctl" or "oras" when c.HasSubcommand("login"):
                PasswordFlag(c, found);
                break;
            case "helm" when c.HasSubcommand("login") || c.HasSubcommand("registry", "login"):
                PasswordFlag(c, found);
                break;
        }

        // Every PasswordFlags entry is a long option: skip the dozen flag scans unless an argument names one.
        if (MayHavePasswordFlag(c, scan.HasLongOption))
        {
            foreach (var flag in PasswordFlags)
            {
                foreach (var f in c.FindFlags(flag, takesValue: true))
                {
                    if (f.Value is { } v && !v.StartsWith('-') && !IsStdinOrFile(flag, v)) found.Add((f.ValueStart, f.ValueEnd, v, flag));
                }
            }
        }

        var words = c.Words;
        for (var n = 0; n < words.Count; n++)
        {
            if (WordCredential(words[n], scan) is { } hit) found.Add(hit);
        }

        var assignments = c.Assignments;
        for (var n = 0; n < assignments.Count; n++)
        {
            if (WordCredential(assignments[n].Word, scan) is { } hit) found.Add(hit);
        }
    }

    private static void PasswordFlag(ShellCommand c, List<(int Start, int End, string Value, string How)> found)
    {
        foreach (var f in c.FindFlags("-p", takesValue: true))
        {
            if (f.Value is { } v) found.Add((f.ValueStart, f.ValueEnd, v, "-p <password>"));
        }
    }

    /// <param name="w">The word.</param>
    /// <param name="scan">Where the script's text holds literals of <see cref="AnyShape"/>: an unquoted word's value is its own text, so it holds one only if one starts there.</param>
    private static (int Start, int End, string Value, string How)? WordCredential(ShellWord w, Scan scan)
    {
        // Cheap substring tests first: each regex needs its literal ("://", "_auth"/"_password") to match.
        // Words too short for any shape (a known token has at least 8 characters, the others a 3-character literal) are not cut.
        if (w.ValueLength < 3 || (!w.IsQuoted && !scan.ShapeStartsWithin(w.Start, w.End)) || w.ValueSpan.IndexOfAny(AnyShape) < 0) return null;
        var v = w.Value;
        if (v.AsSpan().IndexOfAny(Literals) < 0) return v.Length >= 8 && SecretDetector.MatchKnownToken(v) is { } token ? (w.Start, w.End, v, "a " + token.Kind) : null;
        // A URL's password ends at an '@' after the scheme: most URLs have none and skip the regex.
        if (v.IndexOf("://", StringComparison.Ordinal) is var scheme and >= 0 && v.AsSpan(scheme + 3).Contains('@')
            && UrlCredentials().Match(v) is { Success: true } m && !SourcePaths.IsIndirect(m.Groups["pw"].Value))
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

    /// <summary>
    /// Whether an argument is one of <see cref="PasswordFlags"/>, alone or as <c>--flag=value</c>: FindFlags finds a long
    /// option only so, and most commands with long options (<c>--no-install-recommends</c>) have none of these.
    /// </summary>
    /// <param name="c">The command.</param>
    /// <param name="textHasLongOption">Whether the script's text holds "--"; if not, only a quoted or escaped word can start with it.</param>
    private static bool MayHavePasswordFlag(ShellCommand c, bool textHasLongOption)
    {
        var arguments = c.Arguments;
        for (var n = 0; n < arguments.Count; n++)
        {
            var w = arguments[n];
            if (!(textHasLongOption || w.IsQuoted) || !w.ValueStartsWith("--")) continue;
            var v = w.ValueSpan;
            var name = v.IndexOf('=') is var eq and >= 0 ? v[..eq] : v;
            foreach (var flag in PasswordFlags)
            {
                if (name.SequenceEqual(flag)) return true;
            }
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
