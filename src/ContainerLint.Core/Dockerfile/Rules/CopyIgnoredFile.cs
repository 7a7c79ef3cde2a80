namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Dockerfile.Context;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1081: a COPY or ADD source the <c>.dockerignore</c> excludes (BuildKit CopyIgnoredFile), judged like BuildKit: the
/// expanded, path-cleaned source or one of its parent folders matches; not judged when the file re-includes anything
/// with <c>!</c>, and the context root (<c>.</c>, <c>/</c>) only when a pattern excludes everything.
/// </summary>
public sealed class CopyIgnoredFile : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.CopyIgnoredFile;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        var ignore = facts.Ignore;
        if (ignore.Patterns.Count == 0 || ignore.HasExclusions) return;
        foreach (var stage in facts.Graph.Stages)
        {
            foreach (var i in stage.Instructions)
            {
                if (i.Kind is not (InstructionKind.Copy or InstructionKind.Add) || i.GetFlag("from") is not null || i.Arguments.Count < 2) continue;
                var scope = facts.Graph.ScopeAt(i);
                for (var n = 0; n < i.Arguments.Count - 1; n++)
                {
                    var argument = i.Arguments[n];
                    if (argument.Value.StartsWith("<<", StringComparison.Ordinal)) continue;
                    var word = scope.Expand(argument);
                    if (!word.IsFullyResolved || SourcePaths.IsRemoteUrl(word.Value) || SourcePaths.IsGitUrl(word.Value)) continue;
                    var source = GoPath.Clean(word.Value);
                    var ignored = source is "." or "/" ? ExcludesEverything(ignore) : ignore.Excludes(source);
                    if (ignored) hits.Add(new RuleHit(argument.Span, i.Name, source));
                }
            }
        }
    }

    // The context root is not a path a pattern excludes; BuildKit reports it only for patterns that exclude every entry.
    private static bool ExcludesEverything(DockerIgnore ignore) => ignore.Patterns.Any(p => !p.IsExclusion && p.Text is "*" or "**" or "**/*");
}
