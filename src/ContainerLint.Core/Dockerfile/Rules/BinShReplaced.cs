namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1061: <c>ln -s … /bin/sh</c> replaces the system shell behind the package manager's back; use SHELL.</summary>
public sealed class BinShReplaced : Rule<DockerfileDocument>
{
    public override string Id => "CL1061";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var script in HygieneShell.PosixScripts(document.GetStages(context)))
        {
            foreach (var c in script.Script.FindCommands("ln"))
            {
                if (!c.HasFlag("-s", "--symbolic")) continue;
                var positionals = c.GetPositionalArguments(["-t", "-S", "--suffix"]);
                if (positionals.Count >= 2 && positionals[^1].Value is "/bin/sh" or "/usr/bin/sh") yield return new RuleHit(script.SpanOf(positionals[^1]), positionals[0].Value);
            }
        }
    }
}
