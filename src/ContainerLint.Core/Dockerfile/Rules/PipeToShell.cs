namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1034: downloaded content run as code (<c>curl … | sh</c>, <c>sh -c "$(curl …)"</c>, <c>bash &lt;(wget -O- …)</c>).</summary>
public sealed class PipeToShell : Rule<DockerfileDocument>
{
    public override string Id => "CL1034";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var script in SecurityFacts.AllScripts(document))
        {
            foreach (var e in script.Script.FindDownloadedCodeExecutions())
            {
                var word = e.Interpreter.ProgramWord;
                if (word is null) continue;
                yield return new RuleHit(script.SpanOf(word), e.Downloader.ProgramName ?? "download", e.Interpreter.ProgramName ?? word.Value);
            }
        }
    }
}
