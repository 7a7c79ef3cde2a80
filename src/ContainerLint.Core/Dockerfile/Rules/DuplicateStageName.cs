namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;

/// <summary>CL1068: two stages share an <c>AS</c> name (case-insensitive); later references become ambiguous.</summary>
public sealed class DuplicateStageName : Rule<DockerfileDocument>
{
    public override string Id => "CL1068";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        var seen = new Dictionary<string, Stage>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in document.GetStages(context).Stages)
        {
            if (stage.Name is not { } name || stage.NameSpan is not { } span) continue;
            if (seen.TryGetValue(name, out var first))
            {
                yield return new RuleHit(span, name, first.From.StartLine.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                seen[name] = stage;
            }
        }
    }
}
