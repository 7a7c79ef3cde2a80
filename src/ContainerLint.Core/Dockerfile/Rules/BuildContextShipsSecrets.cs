namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;

/// <summary>
/// CL1007: a COPY/ADD of the built image copies secret-looking files of the build context (<c>COPY . .</c>, a folder, a
/// wildcard): the facts list the context the way BuildKit sends it (.dockerignore applied) and this names what ships.
/// </summary>
public sealed class BuildContextShipsSecrets : Rule<DockerfileFacts>
{
    private const int Named = 5;

    public override RuleMetadata Descriptor => RuleDescriptors.BuildContextShipsSecrets;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var shipped in facts.ShippedSecrets)
        {
            var names = string.Join(", ", shipped.Secrets.Take(Named).Select(s => $"{s.Display} ({SecretFiles.Describe(s.Kind)})"));
            if (shipped.Secrets.Count > Named) names += string.Create(CultureInfo.InvariantCulture, $" and {shipped.Secrets.Count - Named} more");
            var partial = shipped.ListingStoppedBecause is { } why ? $" (the listing of the build context stopped at {why}, so there may be more)" : "";
            var source = shipped.Source;
            hits.Add(new RuleHit(source.Argument.Span, source.Instruction.Name, source.Argument.Value, names, partial));
        }
    }
}
