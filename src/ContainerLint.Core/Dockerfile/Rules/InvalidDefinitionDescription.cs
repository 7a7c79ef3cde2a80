namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1082: the comment right above <c>FROM … AS name</c> or <c>ARG</c> does not start with the stage's or an argument's
/// name, so <c>docker build --call=outline</c> cannot use it as a description (BuildKit InvalidDefinitionDescription,
/// experimental). The comments are BuildKit's: those since the previous instruction, restarted by an empty <c>#</c>.
/// </summary>
public sealed class InvalidDefinitionDescription : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.InvalidDefinitionDescription;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var i in facts.Document.Instructions)
        {
            if (i.PrecedingComments.Count == 0) continue;
            string[] names;
            if (i.Kind == InstructionKind.From && i.Arguments.Count == 3 && i.Arguments[1].Value.Equals("as", StringComparison.OrdinalIgnoreCase))
            {
                // BuildKit stores stage names in lower case.
                names = [i.Arguments[2].Value.ToLowerInvariant()];
            }
            else if (i.Kind == InstructionKind.Arg && i.KeyValues.Count > 0)
            {
                names = i.KeyValues.Select(kv => kv.Key).ToArray();
            }
            else
            {
                continue;
            }

            var first = i.PrecedingComments[^1].Split(' ')[0];
            if (Array.IndexOf(names, first) >= 0) continue;
            var what = i.Kind == InstructionKind.From ? $"the stage name '{names[0]}'" : names.Length == 1 ? $"the argument name '{names[0]}'" : "one of its argument names";
            hits.Add(new RuleHit(i.KeywordSpan, i.Name, what, names.Length == 1 ? names[0] : "<arg_key>"));
        }
    }
}
