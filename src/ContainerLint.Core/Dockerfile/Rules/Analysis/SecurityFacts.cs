namespace ContainerLint.Core.Dockerfile.Rules.Analysis;

using System.Text;
using ContainerLint.Core.Model;
using ContainerLint.Core.Shell;

/// <summary>Shared facts for the security rules (CL1001–CL1040): the shell scripts of RUN, raw RUN text, paths and URLs.</summary>
internal static class SecurityFacts
{
    private static readonly string[] Shells = ["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox"];

    /// <summary>The shell a RUN without SHELL uses; the security rules look at every RUN whatever its stage.</summary>
    private static readonly RunShell PosixDefault = new(["/bin/sh", "-c"], false, false);

    /// <summary>Every RUN, ONBUILD RUN included.</summary>
    public static IEnumerable<Instruction> Runs(DockerfileDocument document) =>
        document.AllInstructions().Where(i => i.Kind == InstructionKind.Run);

    /// <summary>The shell scripts of every RUN of the document.</summary>
    public static IEnumerable<RunScript> AllScripts(DockerfileDocument document) =>
        document.AllScripts(static d => Runs(d).SelectMany(Scripts).ToArray());

    /// <summary>
    /// The shell scripts a RUN executes: the command line of shell form; heredoc bodies that the shell runs
    /// (<c>RUN &lt;&lt;EOF</c> alone, or fed to <c>bash</c>) unless a shebang names another interpreter; for exec form,
    /// the <c>-c</c> script of a shell, else the argv as one command.
    /// </summary>
    public static IEnumerable<RunScript> Scripts(Instruction run) => run.RunScripts(static r => ComputeScripts(r).ToArray());

    private static IEnumerable<RunScript> ComputeScripts(Instruction run)
    {
        if (run.IsJsonForm)
        {
            yield return ExecFormScript(run);
            yield break;
        }

        var line = run.ParseShell(run.Rest);
        yield return new RunScript(run, null, line, null, run.MapSpan);
        foreach (var heredoc in run.Heredocs)
        {
            if (HygieneShell.HeredocShell(line, heredoc, PosixDefault) is null) continue;
            var body = run.ParseShell(heredoc.Content);
            yield return new RunScript(run, null, body, null, heredoc.MapSpan);
        }
    }

    /// <summary>The RUN's whole text: command line and every heredoc body (for settings written to files, e.g. <c>gpgcheck=0</c>).</summary>
    public static string RawText(Instruction run)
    {
        if (run.IsJsonForm) return string.Join(' ', run.Arguments.Select(a => a.Value));
        if (run.Heredocs.Count == 0) return run.Rest;
        var sb = new StringBuilder(run.Rest);
        foreach (var h in run.Heredocs) sb.Append('\n').Append(h.Content);
        return sb.ToString();
    }

    /// <summary>
    /// Regex matches in a RUN's command line and heredoc bodies, with their file spans. A text is searched
    /// only when it holds one of <paramref name="anyOf"/> (case-insensitive): a literal every match contains,
    /// so the regex runs on the few RUNs that can match.
    /// </summary>
    public static IEnumerable<(System.Text.RegularExpressions.Match Match, SourceSpan Span)> Matches(Instruction run, System.Text.RegularExpressions.Regex regex, params string[] anyOf)
    {
        if (!ContainsAny(run.Rest, anyOf) && !run.Heredocs.Any(h => ContainsAny(h.Content, anyOf)) && !(run.IsJsonForm && run.Arguments.Any(a => ContainsAny(a.Value, anyOf))))
        {
            yield break;
        }

        if (run.IsJsonForm)
        {
            foreach (var a in run.Arguments)
            {
                foreach (System.Text.RegularExpressions.Match m in regex.Matches(a.Value)) yield return (m, a.Span);
            }

            yield break;
        }

        foreach (System.Text.RegularExpressions.Match m in regex.Matches(run.Rest)) yield return (m, run.MapSpan(m.Index, m.Index + m.Length));
        foreach (var h in run.Heredocs)
        {
            foreach (System.Text.RegularExpressions.Match m in regex.Matches(h.Content)) yield return (m, h.MapSpan(m.Index, m.Index + m.Length));
        }
    }

    private static bool ContainsAny(string text, string[] literals)
    {
        if (literals.Length == 0) return true;
        foreach (var literal in literals)
        {
            if (text.Contains(literal, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static string ShellBase(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static RunScript ExecFormScript(Instruction run)
    {
        var args = run.Arguments;
        if (args.Count >= 3 && Shells.Contains(ShellBase(args[0].Value)) && args[1].Value == "-c")
        {
            var code = args[2];
            var precise = code.Span.Line == code.Span.EndLine && code.Span.EndColumn - code.Span.Column == code.Value.Length + 2;
            return new RunScript(run, null, run.ParseShell(code.Value), null, (s, e) => precise
                ? new SourceSpan(code.Span.Line, code.Span.Column + 1 + s, code.Span.Line, code.Span.Column + 1 + Math.Max(s, e))
                : code.Span);
        }

        // argv is one command: single-quote every element so the splitter keeps it as one word.
        var sb = new StringBuilder();
        var ranges = new List<(int Start, int End, SourceSpan Span)>();
        foreach (var a in args)
        {
            if (sb.Length > 0) sb.Append(' ');
            var start = sb.Length;
            sb.Append('\'').Append(a.Value.Replace("'", "'\\''", StringComparison.Ordinal)).Append('\'');
            ranges.Add((start, sb.Length, a.Span));
        }

        return new RunScript(run, null, run.ParseShell(sb.ToString()), null, (s, e) =>
        {
            var hit = ranges.FirstOrDefault(r => s >= r.Start && s < r.End);
            return hit.End > 0 ? hit.Span : run.RestSpan;
        });
    }

    /// <summary>True for http(s)/ftp URLs.</summary>
    public static bool IsRemoteUrl(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || source.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a git source ADD understands (<c>git@host:repo</c>, <c>https://…/x.git#ref</c>, <c>git://</c>).</summary>
    public static bool IsGitUrl(string source) =>
        source.StartsWith("git@", StringComparison.Ordinal) || source.StartsWith("git://", StringComparison.OrdinalIgnoreCase)
        || (IsRemoteUrl(source) && (source.Split('#')[0].EndsWith(".git", StringComparison.OrdinalIgnoreCase)));

    /// <summary>The last path component (trailing slashes ignored).</summary>
    public static string BaseName(string path)
    {
        var p = path.TrimEnd('/', '\\');
        var i = Math.Max(p.LastIndexOf('/'), p.LastIndexOf('\\'));
        return i >= 0 ? p[(i + 1)..] : p;
    }

    /// <summary>Matches a path glob with <c>*</c> and <c>?</c> (not crossing <c>/</c>) and <c>**</c> (any).</summary>
    public static bool GlobMatch(string pattern, string text) => GlobMatch(pattern, 0, text, 0, 0);

    private static bool GlobMatch(string p, int pi, string t, int ti, int depth)
    {
        if (depth > 64) return false; // bounded backtracking
        while (pi < p.Length)
        {
            var c = p[pi];
            if (c == '*')
            {
                var any = pi + 1 < p.Length && p[pi + 1] == '*';
                var next = pi + (any ? 2 : 1);
                if (any && next < p.Length && p[next] == '/') next++;
                for (var k = ti; k <= t.Length; k++)
                {
                    if (GlobMatch(p, next, t, k, depth + 1)) return true;
                    if (k < t.Length && t[k] == '/' && !any) return false;
                }

                return false;
            }

            if (ti >= t.Length) return false;
            if (c != '?' && c != t[ti]) return false;
            if (c == '?' && t[ti] == '/') return false;
            pi++;
            ti++;
        }

        return ti == t.Length;
    }

    /// <summary>True when a shell word's value may differ at run time (a variable, a substitution) or reads a mounted secret.</summary>
    public static bool IsIndirect(string value) =>
        value.Contains('$') || value.Contains('`') || value.Contains("/run/secrets", StringComparison.Ordinal);
}
