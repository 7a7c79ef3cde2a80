namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1024: a FROM image whose release is past its end of life (no more security fixes), per the one end-of-life table.
/// Reported where it ships: the base of the built image. A build stage's image does not ship and is reported only when its
/// code is compiled into what ships (a Go or Rust toolchain links its standard library into the binary), and then once
/// per product.
/// </summary>
public sealed class EndOfLifeBaseImage : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.EndOfLifeBaseImage;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        var today = context.Configuration.Today;
        var shipped = facts.Final?.Root;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var stages = facts.Graph.Stages.OrderBy(s => ReferenceEquals(s, shipped) ? 0 : 1);
        foreach (var stage in stages)
        {
            if (stage.Image is not { } image || EndOfLife.Find(image, today) is not { } eol) continue;
            var ships = ReferenceEquals(stage, shipped) || shipped is null;
            if (!ships && !CompiledIntoOutput(image)) continue;
            if (!reported.Add(eol.Product)) continue;
            hits.Add(new RuleHit(stage.BaseImage.Span, stage.BaseImage.Value, eol.Product, eol.EndOfLife.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Toolchains whose standard library is linked into the binaries they build.</summary>
    private static bool CompiledIntoOutput(ImageReference image) =>
        image.FullName is "docker.io/library/golang" or "docker.io/library/rust";
}
