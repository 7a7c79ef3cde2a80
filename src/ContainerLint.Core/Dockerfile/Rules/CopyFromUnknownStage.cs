namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1066: <c>--from</c> naming no earlier stage, when it is surely meant as one: a stage defined
/// later, an index out of range, or a near-miss of a stage name. Other single words are external
/// images (<c>--from=busybox</c>) and stay silent.
/// </summary>
public sealed class CopyFromUnknownStage : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.CopyFromUnknownStage;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        var graph = facts.Graph;
        foreach (var stage in graph.Stages)
        {
            foreach (var reference in stage.CopyFrom)
            {
                if (reference.Stage is not null || !reference.Value.IsFullyResolved) continue;
                var v = reference.Value.Value;
                if (CopyFromCurrentStage.IsSelf(stage, v)) continue;
                var span = reference.Flag.ValueSpan ?? reference.Flag.Span;
                if (int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    yield return new RuleHit(span, v, "no earlier stage has that index");
                    continue;
                }

                if (v.IndexOfAny(['/', ':', '@', '.']) >= 0) continue;
                var later = graph.Stages.Skip(stage.Index + 1).FirstOrDefault(s => string.Equals(s.Name, v, StringComparison.OrdinalIgnoreCase));
                if (later is not null)
                {
                    yield return new RuleHit(span, v, $"stage '{later.Name}' is defined later, on line {later.From.StartLine}, and cannot be used here");
                    continue;
                }

                var near = graph.Stages.Take(stage.Index).FirstOrDefault(s => s.Name is { } n && Distance(n.ToLowerInvariant(), v.ToLowerInvariant()) <= 2 && n.Length > 2);
                if (near is not null) yield return new RuleHit(span, v, $"did you mean stage '{near.Name}'");
            }
        }
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
