namespace ContainerLint.Core.Tests.Dockerfile;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>The examples of src/ContainerLint.Core/Dockerfile/README.md, kept compiling and true.</summary>
public sealed class RuleAuthorExamplesTests
{
    private const string Text = """
        ARG TAG=1.27
        FROM nginx:${TAG} AS web
        USER root
        FROM web
        ARG APP_USER=app
        RUN apt-get update && \
            apt-get install -y curl
        USER ${APP_USER}
        """;

    [Fact]
    public void FinalStageUsers()
    {
        var document = DockerfileDocument.Parse(Text);
        var context = new RuleContext(LintConfiguration.Default, "Dockerfile");
        var graph = document.GetStages(context);
        var users = graph.Final!.OfKind(InstructionKind.User)
            .Select(u => (graph.ScopeAt(u).Expand(u.Arguments[0]).Value, u.Arguments[0].Span))
            .ToArray();
        Assert.Equal([("app", new SourceSpan(8, 6, 8, 17))], users);
    }

    [Fact]
    public void ResolvedBaseImages()
    {
        var graph = DockerfileDocument.Parse(Text).Stages;
        var images = graph.Stages.Select(s => (s.BaseImage.Value, s.BaseImage.IsFullyResolved, s.BaseStage?.Name, s.BaseImage.Span)).ToArray();
        Assert.Equal([("nginx:1.27", true, null, new SourceSpan(2, 6, 2, 18)), ("web", true, "web", new SourceSpan(4, 6, 4, 9))], images);
        Assert.Equal("1.27", graph.Stages[0].Image!.Tag);
    }

    [Fact]
    public void WordOffsetInARunToASpan()
    {
        var run = DockerfileDocument.Parse(Text).Instructions.Single(i => i.Kind == InstructionKind.Run);
        var start = run.Rest.IndexOf("curl", StringComparison.Ordinal);
        Assert.Equal(new SourceSpan(7, 24, 7, 28), run.MapSpan(start, start + 4));
    }
}
