namespace ContainerLint.Core.Dockerfile.Rules;

using System.Text.RegularExpressions;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1020: a FROM image tagged <c>:latest</c> (after ARG expansion; stages, scratch and unresolved names skipped). When the
/// tag comes from a global ARG's default, the message names the ARG: that default is where the version belongs.
/// </summary>
public sealed partial class BaseImageUsesLatestTag : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.BaseImageUsesLatestTag;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var stage in facts.Graph.Stages)
        {
            if (stage.Image is not { IsLatestTag: true } image || Images.OfficialImages.IsLocalTag(image)) continue;
            var fromArg = FromArg(stage.BaseImage, facts.Graph.GlobalScope);
            hits.Add(Images.WindowsBaseImages.PublishesNoLatest(image)
                ? new RuleHit(stage.BaseImage.Span, stage.BaseImage.Value, "names :latest" + fromArg + ", which Windows base images do not publish, so the build fails", "such as ltsc2022")
                : new RuleHit(stage.BaseImage.Span, stage.BaseImage.Value, "uses the mutable :latest tag" + fromArg, "and ideally a digest"));
        }
    }

    /// <summary>" from the default of ARG X on line N" (or " from the build argument X") when that supplies latest, else empty.</summary>
    private static string FromArg(ExpandedWord word, VariableScope scope)
    {
        if (string.Equals(word.Raw, word.Value, StringComparison.Ordinal)) return "";
        foreach (Match m in VariableName().Matches(word.Raw))
        {
            var name = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
            if (scope.Variables.TryGetValue(name, out var variable) && variable.Value is { } value && value.Contains("latest", StringComparison.Ordinal))
            {
                var origin = variable.FromBuildArg ? $"the build argument {name}" : $"the default of ARG {name} on line {variable.DefinedBy.Span.Line}";
                return $" from {origin}";
            }
        }

        return "";
    }

    [GeneratedRegex(@"\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))")]
    private static partial Regex VariableName();
}
