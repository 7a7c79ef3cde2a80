namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>CL1070: MAINTAINER is deprecated; the author belongs in the <c>org.opencontainers.image.authors</c> label.</summary>
public sealed class MaintainerDeprecated : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.MaintainerDeprecated;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var i in facts.Document.AllInstructions())
        {
            if (i.Kind != InstructionKind.Maintainer) continue;
            var author = i.Rest.Trim();
            var hit = new RuleHit(i.KeywordSpan, author);
            // The quoting below is written with the default escape character (a `# escape=`` file quotes otherwise).
            if (i.Span.Line == i.Span.EndLine && facts.Document.EscapeChar == '\\')
            {
                // MAINTAINER is never expanded; LABEL's double quotes would expand a $, so it is escaped as well.
                var value = author.Trim('"').Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("$", "\\$", StringComparison.Ordinal);
                var replacement = $"{AddUsedForLocalFiles.InCaseOf(i.Keyword, "LABEL")} org.opencontainers.image.authors=\"{value}\"";
                hit = hit with { Fix = new Fix("Replace MAINTAINER with the OCI authors label", new SourceSpan(i.KeywordSpan.Line, i.KeywordSpan.Column, i.RestSpan.EndLine, i.RestSpan.EndColumn), replacement) };
            }

            hits.Add(hit);
        }
    }
}
