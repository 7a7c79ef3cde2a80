namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;
using ContainerLint.Core.Shell;

/// <summary>
/// CL1029: a language package manager or git fetching code over http:// or git:// (pip index, find-links, package and
/// VCS URLs; npm/yarn/pnpm registry; gem source; GOPROXY; git clone/fetch/submodule), by flag, config command or variable.
/// </summary>
public sealed class PlaintextDependencySource : Rule<DockerfileFacts>
{
    private static readonly string[] PipUrlOptions = ["-i", "--index-url", "--extra-index-url", "-f", "--find-links"];
    private static readonly string[] UrlVariables = ["PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "NPM_CONFIG_REGISTRY", "npm_config_registry", "YARN_REGISTRY", "GOPROXY", "UV_INDEX_URL", "UV_EXTRA_INDEX_URL"];

    public override RuleMetadata Descriptor => RuleDescriptors.PlaintextDependencySource;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var a in facts.Assignments)
        {
            if (Array.IndexOf(UrlVariables, a.Name) < 0) continue;
            foreach (var url in a.Value.Split([',', '|', ' '], StringSplitOptions.RemoveEmptyEntries))
            {
                if (Scheme(url) is { } scheme) hits.Add(new RuleHit(a.Span, a.Name, scheme, SecretMasker.MaskUrlCredentials(url)));
            }
        }

        List<(ShellWord Word, string What)>? sources = null;
        foreach (var run in facts.Runs)
        {
            foreach (var sc in run.Commands)
            {
                if (!FetchesCode(sc.Command)) continue;
                (sources ??= []).Clear();
                SourcesOf(sc.Command, sc.Command.ProgramName!, sources);
                foreach (var (word, what) in sources)
                {
                    if (Scheme(word.Value) is { } scheme) hits.Add(new RuleHit(sc.SpanOf(word), what, scheme, SecretMasker.MaskUrlCredentials(word.Value)));
                }
            }
        }
    }

    // Asked for every command of every RUN: the sources are looked for only in the programs that fetch code.
    private static bool FetchesCode(ShellCommand c) =>
        c.ProgramName is { } program && (program.StartsWith("pip", StringComparison.Ordinal) || program.StartsWith("python", StringComparison.Ordinal)
            || c.Is("uv", "npm", "yarn", "pnpm", "gem", "bundle", "git", "go"));

    /// <summary>The words of a command that name where code comes from, with who fetches it, added to <paramref name="into"/>.</summary>
    private static void SourcesOf(ShellCommand c, string program, List<(ShellWord Word, string What)> into)
    {
        var isPip = program.StartsWith("pip", StringComparison.Ordinal) || (c.Is("uv") && c.HasSubcommand("pip")) || (program.StartsWith("python", StringComparison.Ordinal) && c.Arguments.Any(a => a.Value is "pip" or "pip3"));
        if (isPip)
        {
            var optionWords = new HashSet<int>();
            foreach (var option in PipUrlOptions)
            {
                foreach (var f in c.FindFlags(option, takesValue: true))
                {
                    var w = c.Arguments.FirstOrDefault(a => a.Start == f.ValueStart) ?? f.FlagWord;
                    optionWords.Add(w.Start);
                    into.Add((w, "pip " + option));
                }
            }

            foreach (var w in c.Arguments)
            {
                if (optionWords.Contains(w.Start) || w.Value.StartsWith('-')) continue;
                if (w.Value.StartsWith("git+", StringComparison.Ordinal) || w.Value.Contains("://", StringComparison.Ordinal)) into.Add((w, "pip install"));
            }
        }
        else if (c.Is("npm", "yarn", "pnpm"))
        {
            if (c.FindFlag("--registry", takesValue: true) is { } f && c.Arguments.FirstOrDefault(a => a.Start == f.ValueStart) is { } w) into.Add((w, program + " --registry"));
            else if (c.FindFlag("--registry", takesValue: true) is { } g) into.Add((g.FlagWord, program + " --registry"));
            if (c.HasSubcommand("config", "set") && c.GetPositionalArguments() is { Count: >= 3 } p && p[2].Value.StartsWith("registry", StringComparison.Ordinal))
            {
                var value = p[2].Value.Contains('=', StringComparison.Ordinal) ? p[2] : p.Count > 3 ? p[3] : p[2];
                into.Add((value, program + " config set registry"));
            }
        }
        else if (c.Is("gem", "bundle"))
        {
            foreach (var option in new[] { "--source", "-s", "--add" })
            {
                if (c.FindFlag(option, takesValue: true) is { } f && c.Arguments.FirstOrDefault(a => a.Start == f.ValueStart) is { } w) into.Add((w, program + " " + option));
            }
        }
        else if (c.Is("git") && c.GetPositionalArguments() is { Count: >= 2 } p && p[0].Value is "clone" or "fetch" or "pull" or "submodule" or "remote")
        {
            for (var n = 1; n < p.Count; n++) into.Add((p[n], "git " + p[0].Value));
        }
        else if (c.Is("go") && c.HasSubcommand("env"))
        {
            foreach (var w in c.Arguments.Where(a => a.Value.StartsWith("GOPROXY=", StringComparison.Ordinal))) into.Add((w, "go env -w GOPROXY"));
        }
    }

    /// <summary>"http://" or "git://" when the URL (a VCS URL such as git+http:// included) uses one and is not loopback, else null.</summary>
    private static string? Scheme(string url)
    {
        var u = url.Trim('"', '\'');
        var eq = u.IndexOf('=', StringComparison.Ordinal);
        if (eq > 0 && eq < u.IndexOf("://", StringComparison.Ordinal)) u = u[(eq + 1)..];
        if (u.StartsWith("git+", StringComparison.OrdinalIgnoreCase)) u = u[4..];
        string scheme;
        if (u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) scheme = "http://";
        else if (u.StartsWith("git://", StringComparison.OrdinalIgnoreCase)) scheme = "git://";
        else return null;
        var host = u[scheme.Length..];
        var end = host.IndexOfAny(['/', ':', '?', '#']);
        if (end >= 0) host = host[..end];
        var at = host.LastIndexOf('@');
        if (at >= 0) host = host[(at + 1)..];
        return host is "localhost" or "127.0.0.1" or "[::1]" || host.StartsWith("127.", StringComparison.Ordinal) || host.Contains('$', StringComparison.Ordinal) ? null : scheme;
    }
}
