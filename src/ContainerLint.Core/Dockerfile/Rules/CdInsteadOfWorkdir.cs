namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1063: <c>cd</c> in a RUN (outside a subshell or function) where WORKDIR says it once for every later instruction.</summary>
public sealed class CdInsteadOfWorkdir : Rule<DockerfileDocument>
{
    public override string Id => "CL1063";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var script in HygieneShell.PosixScripts(document.GetStages(context)))
        {
            foreach (var c in script.Script.FindCommands("cd"))
            {
                if (HygieneShell.IsIsolated(c) || c.Wrappers.Count > 0) continue;
                var target = c.GetPositionalArguments();
                if (target.Count == 0 || target[0].Value == "-") continue;
                yield return new RuleHit(script.SpanOf(c.ProgramWord!), target[0].Value);
            }
        }
    }
}
