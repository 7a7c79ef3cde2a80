namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1002: a secret-looking file is ADDed/COPYed and removed by a later RUN of the stage; the earlier layer still holds it.</summary>
public sealed class SecretFileRemovedInLaterLayer : Rule<DockerfileDocument>
{
    private static readonly string[] Removers = ["rm", "shred", "unlink"];

    public override string Id => "CL1002";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        var graph = document.GetStages(context);
        foreach (var source in SecurityFiles.LocalSources(graph))
        {
            if (!SecurityFiles.IsSecretPath(source.Value)) continue;
            if (FindRemoval(graph, source) is { } line)
            {
                yield return new RuleHit(source.Argument.Span, source.Value, line.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>The line of the first later RUN in the stage that removes the copied file (or a folder holding it), or null.</summary>
    internal static int? FindRemoval(StageGraph graph, CopySource source)
    {
        var name = SecurityFacts.BaseName(source.Value);
        var dest = source.Destination.Replace('\\', '/');
        var candidates = new List<string> { dest.TrimEnd('/') + "/" + name };
        if (!dest.EndsWith('/')) candidates.Add(dest);

        foreach (var run in source.Stage.Instructions.Where(i => i.Kind == InstructionKind.Run && i.Index > source.Instruction.Index))
        {
            foreach (var script in SecurityFacts.Scripts(run))
            {
                foreach (var rm in script.Script.FindCommands(Removers))
                {
                    foreach (var arg in rm.GetPositionalArguments())
                    {
                        var target = arg.Value.TrimEnd('/');
                        if (target.Length == 0) continue;
                        var hit = candidates.Any(c => c == target || c.StartsWith(target + "/", StringComparison.Ordinal) || SecurityFacts.GlobMatch(target, c))
                            || (!target.Contains('/') && !target.Contains('*') && target == name);
                        if (hit) return run.StartLine;
                    }
                }
            }
        }

        return null;
    }
}
