namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1002: a secret-looking file is ADDed/COPYed and removed by a later RUN of the stage; the earlier layer still holds it.</summary>
public sealed class SecretFileRemovedInLaterLayer : Rule<DockerfileDocument>
{
    public override string Id => "CL1002";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        var graph = document.GetStages(context);
        foreach (var source in SecurityFiles.LocalSources(graph))
        {
            if (!SecurityFiles.IsSecretPath(source.Value)) continue;
            if (SecurityFiles.FindRemoval(source) is { } line)
            {
                yield return new RuleHit(source.Argument.Span, source.Value, line.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
