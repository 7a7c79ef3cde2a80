namespace ContainerLint.Core.CrossFile;

using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Rules;

/// <summary>
/// Distils a Dockerfile's facts into <see cref="BuiltImageFacts"/>: who the built stage runs as and what it exposes. It reads the
/// very facts the Dockerfile rules read (<see cref="DockerfileFacts.Final"/>, <see cref="DockerfileFacts.ExposedByFinal"/>), so
/// the per-file and the cross-file rules cannot disagree about the image.
/// </summary>
public static class DockerfileFactExtractor
{
    public static FileFacts? Extract(DockerfileFacts facts, LintInput input, RuleContext context)
    {
        var images = input.CollectImages ? Images.ImageInventory.Of(facts) : [];
        if (facts.Final is not { } final) return input.CollectImages ? new ImageOnlyFacts(input.Path, input.FullPath) { Images = images } : null;
        var user = new ImageUser(final.User.Kind, final.User.Value, final.User.Span);
        var ports = facts.ExposedByFinal.Select(p => p.Port).ToArray();
        var known = !facts.FinalExposesUnresolved && ports.All(p => p.IsValid);
        return new BuiltImageFacts(input.Path, input.FullPath, user, final.Stage.From.Span, known ? ports : null) { Images = images };
    }
}
