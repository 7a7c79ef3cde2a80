namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Shell;

/// <summary>
/// CL1060: a pipeline in a POSIX-shell RUN without pipefail: only the last stage's status counts,
/// so a failed download piped into tar passes. Pipelines fed only by echo/printf are not reported
/// (those cannot fail in a way that matters).
/// </summary>
public sealed class PipeWithoutPipefail : Rule<DockerfileFacts>
{
    private static readonly string[] Infallible = ["echo", "printf", "yes", "true", "cat"];

    public override RuleMetadata Descriptor => RuleDescriptors.PipeWithoutPipefail;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var run in facts.Runs)
        {
            for (var s = 0; s < run.Scripts.Count; s++)
            {
                var script = run.Scripts[s];
                if (script.Shell.SetsPipefail || script.Script.Pipelines.Count == 0) continue;
                foreach (var pipeline in script.Script.PipelinesWithoutPipefail())
                {
                    if (pipeline.Stages.Take(pipeline.Stages.Count - 1).All(IsInfallible)) continue;
                    // A last stage that stops reading early (grep -q, head) makes pipefail fail the pipeline on the writer's SIGPIPE.
                    if (StopsEarly(pipeline.Stages[^1])) continue;
                    var first = pipeline.Stages[0].LastOrDefault();
                    if (first is null) continue;
                    var bar = script.Script.Text.IndexOf('|', first.End);
                    if (bar < 0 || bar >= pipeline.End) continue;
                    hits.Add(new RuleHit(script.Map(bar, bar + 1), first.ProgramName ?? first.Text));
                }
            }
        }
    }

    private static bool StopsEarly(IReadOnlyList<ShellCommand> stage) =>
        stage.Count == 1 && ((stage[0].Is("grep", "egrep", "fgrep") && stage[0].HasFlag("-q", "--quiet", "--silent", "-l", "-m")) || stage[0].Is("head", "read"));

    private static bool IsInfallible(IReadOnlyList<ShellCommand> stage) =>
        stage.Count == 1 && stage[0].Is(Infallible) && !(stage[0].Is("cat") && stage[0].GetPositionalArguments().Count > 0);
}
