namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>CL1032: ADD of local files where COPY serves (no URL, no git source, no local archive to auto-extract).</summary>
public sealed class AddUsedForLocalFiles : Rule<DockerfileFacts>
{
    private static readonly string[] Archives = [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz", ".tar.zst", ".tzst", ".tar.lz", ".tar.lzma", ".tlz", ".gz", ".bz2", ".xz"];

    public override RuleMetadata Descriptor => RuleDescriptors.AddUsedForLocalFiles;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        var graph = facts.Graph;
        foreach (var add in facts.Document.Instructions)
        {
            if (add.Kind != InstructionKind.Add || add.Arguments.Count < 2) continue;
            if (add.GetFlag("checksum") is not null || add.GetFlag("keep-git-dir") is not null) continue;
            var scope = graph.ScopeAt(add);
            var sources = add.Arguments.Take(add.Arguments.Count - 1).Where(a => !a.Value.StartsWith("<<", StringComparison.Ordinal)).Select(a => scope.Expand(a)).ToArray();
            if (sources.Length == 0 || sources.Any(s => !s.IsFullyResolved || SourcePaths.IsRemoteUrl(s.Value) || SourcePaths.IsGitUrl(s.Value) || IsArchive(s.Value)))
            {
                continue;
            }

            hits.Add(new RuleHit(add.KeywordSpan, string.Join(", ", sources.Select(s => "'" + s.Value + "'")))
            {
                Fix = new Fix("Use COPY", add.KeywordSpan, InCaseOf(add.Keyword, "COPY")),
            });
        }
    }

    /// <summary>An instruction keyword a fix writes, in the casing of the keyword it replaces (so CL1076 stays quiet).</summary>
    internal static string InCaseOf(string keyword, string upper) =>
        keyword.All(char.IsLower) ? upper.ToLowerInvariant() : keyword.All(char.IsUpper) ? upper : upper[0] + upper[1..].ToLowerInvariant();

    private static bool IsArchive(string source) =>
        source.Contains('*') || source.Contains('?') || Archives.Any(a => source.EndsWith(a, StringComparison.OrdinalIgnoreCase));
}
