namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1026: FROM uses a variable that is not a global ARG, or one whose default is missing or empty (BuildKit UndefinedArgInFrom / InvalidDefaultArgInFrom).</summary>
public sealed class UndefinedArgInFrom : Rule<DockerfileFacts>
{
    // BuildKit defines these automatically in the global scope.
    private static readonly string[] Automatic = ["BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE"];

    public override RuleMetadata Descriptor => RuleDescriptors.UndefinedArgInFrom;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        var graph = facts.Graph;
        foreach (var stage in graph.Stages)
        {
            var word = stage.BaseImage;
            if (!word.Raw.Contains('$')) continue;
            var undefined = word.UnresolvedNames.Where(n => !Automatic.Contains(n)).ToArray();
            foreach (var name in undefined)
            {
                var declared = graph.GlobalScope.Variables.ContainsKey(name);
                // BuildKit: a name no ARG declares is UndefinedArgInFrom; a declared one without a default makes the image name invalid.
                yield return declared
                    ? new RuleHit(word.Span, name, "is declared without a default value") { BuildCheck = "InvalidDefaultArgInFrom" }
                    : new RuleHit(word.Span, name, "is not declared by a global ARG before the first FROM") { BuildCheck = "UndefinedArgInFrom" };
            }

            if (undefined.Length == 0 && word.IsFullyResolved && word.Value.Trim().Length == 0)
            {
                yield return new RuleHit(word.Span, word.Raw, "expands to an empty image name") { BuildCheck = "InvalidDefaultArgInFrom" };
            }
        }
    }
}
