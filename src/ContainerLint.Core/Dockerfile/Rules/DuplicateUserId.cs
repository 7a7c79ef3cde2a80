namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1016: two users (or two groups) created with the same numeric id in one stage.</summary>
public sealed class DuplicateUserId : Rule<DockerfileDocument>
{
    public override string Id => "CL1016";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.GetStages(context).Stages)
        {
            var seen = new Dictionary<(string Kind, string Id), int>();
            foreach (var run in stage.Instructions.Where(i => i.Kind == InstructionKind.Run))
            {
                foreach (var script in SecurityFacts.Scripts(run))
                {
                    foreach (var c in script.Script.Commands)
                    {
                        string kind;
                        Shell.ShellFlag? id;
                        if (c.Is("useradd", "adduser"))
                        {
                            kind = "UID";
                            id = c.FindFlag("-u", takesValue: true) ?? c.FindFlag("--uid", takesValue: true);
                        }
                        else if (c.Is("groupadd", "addgroup"))
                        {
                            kind = "GID";
                            id = c.FindFlag("-g", takesValue: true) ?? c.FindFlag("--gid", takesValue: true);
                        }
                        else
                        {
                            continue;
                        }

                        if (id?.Value is not { Length: > 0 } v || !v.All(char.IsAsciiDigit)) continue;
                        var span = script.Map(id.ValueStart, id.ValueEnd);
                        if (seen.TryGetValue((kind, v), out var firstLine))
                        {
                            yield return new RuleHit(span, kind, v, firstLine.ToString(CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            seen[(kind, v)] = span.Line;
                        }
                    }
                }
            }
        }
    }
}
