namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Shell;

/// <summary>
/// CL1034: downloaded content run as code (<c>curl … | sh</c>, <c>sh -c "$(curl …)"</c>, <c>bash &lt;(wget -O- …)</c>; in
/// PowerShell <c>iex ((New-Object Net.WebClient).DownloadString(…))</c>, <c>iwr … | iex</c>, <c>[scriptblock]::Create(irm …)</c>).
/// </summary>
public sealed class PipeToShell : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.PipeToShell;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var run in facts.Runs)
        {
            foreach (var e in run.Windows?.CodeDownloads ?? []) hits.Add(new RuleHit(e.Span, e.Downloader, e.Interpreter));
            if (!run.Runs(ShellScript.Downloaders)) continue;
            foreach (var script in run.Scripts)
            {
                foreach (var e in script.Script.FindDownloadedCodeExecutions())
                {
                    if (e.Interpreter.ProgramWord is not { } word) continue;
                    hits.Add(new RuleHit(script.SpanOf(word), e.Downloader.ProgramName ?? "download", e.Interpreter.ProgramName ?? word.Value));
                }
            }
        }
    }
}
