namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1061: <c>ln -s … /bin/sh</c> replaces the system shell behind the package manager's back; use SHELL.</summary>
public sealed class BinShReplaced : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.BinShReplaced;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var sc in facts.CommandsOf("ln"))
        {
            var c = sc.Command;
            if (!c.HasFlag("-s", "--symbolic")) continue;
            var positionals = c.GetPositionalArguments(["-t", "-S", "--suffix"]);
            if (positionals.Count >= 2 && positionals[^1].Value is "/bin/sh" or "/usr/bin/sh") hits.Add(new RuleHit(sc.SpanOf(positionals[^1]), positionals[0].Value));
        }
    }
}
