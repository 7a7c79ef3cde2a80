namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1044: a stage runs both curl and wget; one downloader is enough. Reported per stage at the first use of the second tool.</summary>
public sealed class BothCurlAndWget : Rule<DockerfileDocument>
{
    public override string Id => "CL1044";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.GetStages(context).Stages)
        {
            var uses = stage.OfKind(InstructionKind.Run)
                .SelectMany(r => HygieneShell.Scripts(stage, r))
                .SelectMany(s => s.Script.FindCommands("curl", "wget").Select(c => (Span: s.SpanOf(c.ProgramWord!), Tool: c.ProgramName!)))
                .ToArray();
            if (uses.Length == 0) continue;
            var firstTool = uses[0].Tool;
            var second = uses.FirstOrDefault(u => u.Tool != firstTool);
            if (second.Tool is not null) yield return new RuleHit(second.Span, second.Tool, firstTool);
        }
    }
}
