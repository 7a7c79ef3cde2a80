namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1007: <c>COPY . .</c> (the whole build context) while the .dockerignore does not keep out .git, .env and key files.</summary>
public sealed class BuildContextMayLeakSecrets : Rule<DockerfileFacts>
{
    // What must stay out, and sample paths that stand for it.
    private static readonly (string Label, string[] Samples)[] MustExclude =
    [
        (".git", [".git"]),
        (".env", [".env"]),
        ("key files (*.pem, *.key, id_rsa)", ["server.pem", "server.key", "id_rsa"]),
    ];

    public override RuleMetadata Descriptor => RuleDescriptors.BuildContextMayLeakSecrets;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        string? missing = null;
        foreach (var source in facts.LocalSources)
        {
            var v = source.Value.Replace('\\', '/');
            if (v is not ("." or "./" or "*" or "./*")) continue;
            missing ??= Missing(facts.Document.DockerIgnore);
            if (missing.Length > 0) yield return new RuleHit(source.Argument.Span, source.Instruction.Name, missing);
        }
    }

    private static string Missing(string? dockerIgnore)
    {
        if (dockerIgnore is null) return "there is no .dockerignore, so .git, .env and key files are all sent";
        var patterns = dockerIgnore.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => (Negated: l.StartsWith('!'), Pattern: Normalize(l.TrimStart('!').Trim())))
            .ToArray();
        var missing = MustExclude.Where(m => !m.Samples.All(s => IsExcluded(patterns, s))).Select(m => m.Label).ToArray();
        return missing.Length == 0 ? "" : "the .dockerignore does not exclude " + string.Join(", ", missing);
    }

    private static string Normalize(string pattern)
    {
        var p = pattern.Replace('\\', '/');
        while (p.StartsWith("./", StringComparison.Ordinal)) p = p[2..];
        return p.TrimStart('/').TrimEnd('/');
    }

    // Docker semantics: the last matching pattern wins; a pattern also matches a path's parent folders.
    private static bool IsExcluded((bool Negated, string Pattern)[] patterns, string path)
    {
        var excluded = false;
        foreach (var (negated, pattern) in patterns)
        {
            if (SourcePaths.GlobMatch(pattern, path) || SourcePaths.GlobMatch(pattern + "/**", path)) excluded = !negated;
        }

        return excluded;
    }
}
