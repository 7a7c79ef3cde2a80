namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>CL1070: MAINTAINER is deprecated; the author belongs in the <c>org.opencontainers.image.authors</c> label.</summary>
public sealed class MaintainerDeprecated : Rule<DockerfileDocument>
{
    public override string Id => "CL1070";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var i in document.AllInstructions().Where(i => i.Kind == InstructionKind.Maintainer))
        {
            var author = i.Rest.Trim();
            var hit = new RuleHit(i.KeywordSpan, author);
            if (i.Span.Line == i.Span.EndLine)
            {
                var replacement = $"LABEL org.opencontainers.image.authors=\"{author.Trim('"').Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
                hit = hit with { Fix = new Fix("Replace MAINTAINER with the OCI authors label", new SourceSpan(i.KeywordSpan.Line, i.KeywordSpan.Column, i.RestSpan.EndLine, i.RestSpan.EndColumn), replacement) };
            }

            yield return hit;
        }
    }
}
