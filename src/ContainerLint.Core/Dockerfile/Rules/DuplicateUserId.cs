namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1016: two users (or two groups) created with the same numeric id in one stage (its ONBUILD triggers included: they run in the same image).</summary>
public sealed class DuplicateUserId : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.DuplicateUserId;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        Dictionary<(Stage Stage, bool IsGroup, string Id), int>? seen = null; // none for the files that create no account with an id
        foreach (var run in facts.Runs)
        {
            foreach (var account in run.Accounts)
            {
                if (account.NumericId is not { } id || account.IdSpan is not { } span) continue;
                seen ??= [];
                if (seen.TryGetValue((run.Stage, account.IsGroup, id), out var firstLine))
                {
                    hits.Add(new RuleHit(span, account.IsGroup ? "GID" : "UID", id, firstLine.ToString(CultureInfo.InvariantCulture)));
                }
                else
                {
                    seen[(run.Stage, account.IsGroup, id)] = span.Line;
                }
            }
        }
    }
}
