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
        HashSet<string>? reported = null;

        // The shipped stage first, so a product is reported where it ships; then the others in file order.
        if (shipped is not null) Report(shipped);
        foreach (var stage in facts.Graph.Stages)
        {
            if (!ReferenceEquals(stage, shipped)) Report(stage);
        }

        void Report(Stage stage)
        {
            if (stage.Image is not { } image || EndOfLife.Find(image, today) is not { } eol) return;
            var ships = ReferenceEquals(stage, shipped) || shipped is null;
            if (!ships && !CompiledIntoOutput(image)) return;
            if (!(reported ??= new HashSet<string>(StringComparer.Ordinal)).Add(eol.Product)) return;
            hits.Add(new RuleHit(stage.BaseImage.Span, stage.BaseImage.Value, eol.Product, eol.EndOfLife.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Toolchains whose standard library is linked into the binaries they build.</summary>
    private static bool CompiledIntoOutput(ImageReference image) =>
        image.FullName is "docker.io/library/golang" or "docker.io/library/rust";
}
