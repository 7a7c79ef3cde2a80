namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Shell;

/// <summary>
/// CL1060: a pipeline in a POSIX-shell RUN without pipefail: only the last stage's status counts,
/// so a failed download piped into tar passes. Pipelines fed only by echo/printf are not reported
/// (those cannot fail in a way that matters).
/// </summary>
public sealed class PipeWithoutPipefail : Rule<DockerfileDocument>
{
    private static readonly string[] Infallible = ["echo", "printf", "yes", "true", "cat"];

    public override string Id => "CL1060";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var script in HygieneShell.PosixScripts(document.GetStages(context)))
        {
            if (script.Shell is { SetsPipefail: true }) continue;
            foreach (var pipeline in script.Script.PipelinesWithoutPipefail())
            {
                if (pipeline.Stages.Take(pipeline.Stages.Count - 1).All(IsInfallible)) continue;
                var first = pipeline.Stages[0].LastOrDefault();
                if (first is null) continue;
                var bar = script.Script.Text.IndexOf('|', first.End);
                if (bar < 0 || bar >= pipeline.End) continue;
                yield return new RuleHit(script.Map(bar, bar + 1), first.ProgramName ?? first.Text);
            }
        }
    }

    private static bool IsInfallible(IReadOnlyList<ShellCommand> stage) =>
        stage.Count == 1 && stage[0].Is(Infallible) && !(stage[0].Is("cat") && stage[0].GetPositionalArguments().Count > 0);
}
