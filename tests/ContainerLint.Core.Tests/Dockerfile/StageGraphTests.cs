namespace ContainerLint.Core.Tests.Dockerfile;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Model;

/// <summary>Stages, FROM/COPY --from edges, the final stage and BuildKit's ARG/ENV scoping.</summary>
public sealed class StageGraphTests
{
    private const string MultiStage = """
        ARG DOTNET=9.0
        ARG REGISTRY
        FROM mcr.microsoft.com/dotnet/sdk:${DOTNET} AS Build
        WORKDIR /src
        COPY . .
        RUN dotnet publish -o /out
        FROM build AS test
        RUN dotnet test
        FROM ${REGISTRY}/aspnet:${DOTNET}-alpine AS final
        COPY --from=BUILD /out /app
        COPY --from=0 /out/x /x
        COPY --from=nginx:latest /etc/nginx/nginx.conf /etc/nginx/
        RUN --mount=type=bind,from=test,source=/r,target=/r true
        USER app
        """;

    [Fact]
    public void StagesNamesBaseImagesAndEdges()
    {
        var doc = DockerfileDocument.Parse(MultiStage);
        var g = doc.Stages;
        Assert.Equal(3, g.Stages.Count);
        Assert.Equal(["Build", "test", "final"], g.Stages.Select(s => s.Name));
        Assert.Equal(2, g.GlobalArgs.Count);

        var build = g.Stages[0];
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:9.0", build.BaseImage.Value);
        Assert.True(build.BaseImage.IsFullyResolved);
        Assert.Equal(new SourceSpan(3, 6, 3, 44), build.BaseImage.Span);
        Assert.Equal("9.0", build.Image!.Tag);
        Assert.Equal(3, build.Instructions.Count);

        Assert.Same(build, g.Stages[1].BaseStage);
        Assert.Null(g.Stages[1].Image);
        Assert.Same(build, g.Find("BUILD"));
        Assert.Same(g.Stages[2], g.Find("2"));

        var final = g.Final!;
        Assert.True(final.IsFinal);
        Assert.Equal("/aspnet:9.0-alpine", final.BaseImage.Value);
        Assert.False(final.BaseImage.IsFullyResolved);
        Assert.Equal(["REGISTRY"], final.BaseImage.UnresolvedNames);
        Assert.Null(final.Image);

        var refs = final.CopyFrom;
        Assert.Equal(4, refs.Count);
        Assert.Same(build, refs[0].Stage);
        Assert.Same(build, refs[1].Stage);
        Assert.True(refs[2].IsExternalImage);
        Assert.Equal("nginx", refs[2].Image!.Repository.Split('/')[^1]);
        Assert.Equal(new SourceSpan(12, 13, 12, 25), refs[2].Value.Span);
        Assert.Same(g.Stages[1], refs[3].Stage);
        Assert.Equal([0, 1, 2], g.StagesNeededByFinal().Select(s => s.Index));
        Assert.Single(final.OfKind(InstructionKind.User));
        Assert.Same(final, g.StageOf(final.Instructions[0]));
        Assert.Null(g.StageOf(doc.Instructions[0]));
    }

    [Fact]
    public void TargetAndBuildArgsComeFromTheConfiguration()
    {
        var doc = DockerfileDocument.Parse(MultiStage);
        var config = new LintConfiguration
        {
            TargetStage = "TEST",
            BuildArgs = new Dictionary<string, string> { ["DOTNET"] = "8.0", ["REGISTRY"] = "mcr.microsoft.com/dotnet" },
        };
        var g = doc.GetStages(config);
        Assert.Equal("test", g.Final!.Name);
        Assert.True(g.TargetFound);
        Assert.False(g.Stages[2].IsFinal);
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:8.0-alpine", g.Stages[2].BaseImage.Value);
        Assert.True(g.Stages[2].BaseImage.IsFullyResolved);
        Assert.Same(g, doc.GetStages(config));
        Assert.False(doc.GetStages(new LintConfiguration { TargetStage = "nope" }).TargetFound);
        Assert.True(doc.Stages.Stages[2].IsFinal);
    }

    [Theory]
    [InlineData("ARG TAG=latest\nFROM nginx:${TAG}\n", "nginx:latest", true)]
    [InlineData("FROM nginx:${TAG}\n", "nginx:", false)]
    [InlineData("ARG TAG\nFROM nginx:${TAG:-1.27}\n", "nginx:1.27", false)]
    [InlineData("ARG A=alpine\nARG B=${A}:3.20\nFROM $B\n", "alpine:3.20", true)]
    [InlineData("FROM alpine AS one\nARG TAG=x\nFROM nginx:${TAG}\n", "nginx:", false)]
    public void FromLinesExpandWithGlobalArgsOnly(string text, string expected, bool resolved)
    {
        var last = DockerfileDocument.Parse(text).Stages.Stages[^1];
        Assert.Equal(expected, last.BaseImage.Value);
        Assert.Equal(resolved, last.BaseImage.IsFullyResolved);
    }

    [Fact]
    public void ArgsMustBeRedeclaredInAStageAndEnvIsInherited()
    {
        var doc = DockerfileDocument.Parse("""
            ARG VERSION=1.2
            FROM alpine AS base
            RUN echo $VERSION
            ARG VERSION
            ENV APP_HOME=/opt/app-${VERSION} MODE=prod
            ARG MODE=dev
            RUN echo $APP_HOME
            FROM base
            RUN echo $APP_HOME $VERSION
            """);
        var g = doc.Stages;
        var firstRun = doc.Instructions[2];
        Assert.Null(g.ScopeAt(firstRun).Lookup("VERSION"));
        var secondRun = doc.Instructions[6];
        var scope = g.ScopeAt(secondRun);
        Assert.Equal("1.2", scope.Lookup("VERSION"));
        Assert.Equal("/opt/app-1.2", scope.Lookup("APP_HOME"));
        Assert.Equal("prod", scope.Lookup("MODE"));
        Assert.Equal(VariableSource.Env, scope.Variables["MODE"].Source);
        var inherited = g.ScopeAt(doc.Instructions[8]);
        Assert.Equal("/opt/app-1.2", inherited.Lookup("APP_HOME"));
        Assert.Null(inherited.Lookup("VERSION"));
        var word = inherited.Expand("$APP_HOME/$VERSION", new SourceSpan(9, 10, 9, 28));
        Assert.Equal("/opt/app-1.2/", word.Value);
        Assert.False(word.IsFullyResolved);
        Assert.Equal(["VERSION"], word.UnresolvedNames);
    }

    [Fact]
    public void EnvPairsOfOneInstructionSeeTheScopeBeforeIt()
    {
        var doc = DockerfileDocument.Parse("FROM a\nENV abc=hello\nENV abc=bye def=$abc\nRUN x\n");
        var scope = doc.Stages.ScopeAt(doc.Instructions[3]);
        Assert.Equal(("bye", "hello"), (scope.Lookup("abc"), scope.Lookup("def")));
    }

    [Fact]
    public void AStageInheritsTheLastValueOfEachEnvAndAnArgDoesNotHideIt()
    {
        var doc = DockerfileDocument.Parse("FROM a AS base\nENV A=1 B=2 A=3\nENV C=$A B=4\nFROM base\nARG A=arg\nARG D=d\nRUN x\n");
        var scope = doc.Stages.ScopeAt(doc.Instructions[6]);
        Assert.Equal(("3", "4", "3", "d"), (scope.Lookup("A"), scope.Lookup("B"), scope.Lookup("C"), scope.Lookup("D")));
        Assert.Equal([VariableSource.Env, VariableSource.Env, VariableSource.Env, VariableSource.Arg], new[] { "A", "B", "C", "D" }.Select(n => scope.Variables[n].Source));
        Assert.Same(doc.Instructions[2], scope.Variables["B"].DefinedBy);
    }

    [Fact]
    public void BuildArgsOverrideStageDefaults()
    {
        var doc = DockerfileDocument.Parse("FROM a\nARG PORT=80\nEXPOSE $PORT\n");
        var config = new LintConfiguration { BuildArgs = new Dictionary<string, string> { ["PORT"] = "8080" } };
        var expose = doc.Instructions[2];
        var v = doc.GetStages(config).ScopeAt(expose).Variables["PORT"];
        Assert.Equal("8080", v.Value);
        Assert.True(v.FromBuildArg);
        Assert.Equal("80", doc.Stages.ScopeAt(expose).Lookup("PORT"));
    }

    [Fact]
    public void EscapeDirectiveReachesExpansion()
    {
        var doc = DockerfileDocument.Parse("# escape=`\nARG V=1\nFROM img:`$V-${V}\n");
        Assert.Equal("img:$V-1", doc.Stages.Stages[0].BaseImage.Value);
    }

    [Fact]
    public void NameLookupsAnswerWhatAScanOfTheStagesWould()
    {
        var random = new Random(3);
        string Name() => new([.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => "abAB"[random.Next(4)])]);
        for (var n = 0; n < 300; n++)
        {
            var names = Enumerable.Range(0, random.Next(1, 12)).Select(_ => random.Next(4) == 0 ? null : Name()).ToList();
            var text = string.Concat(names.Select(x => x is null ? "FROM alpine:3.20\n" : $"FROM alpine:3.20 AS {x}\n"));
            var graph = DockerfileDocument.Parse(text).Stages;
            for (var i = 0; i < graph.Stages.Count; i++)
            {
                var probe = Name();
                var later = graph.Stages.Skip(i + 1).FirstOrDefault(s => string.Equals(s.Name, probe, StringComparison.OrdinalIgnoreCase));
                Assert.Same(later, graph.FirstNamedAfter(probe, i));
                var near = graph.Stages.Take(i).FirstOrDefault(s => s.Name is { Length: > 2 } name && Text.EditDistanceTests.Full(name.ToLowerInvariant(), probe.ToLowerInvariant()) <= 2);
                Assert.Same(near, graph.NearMissBefore(probe, i));
            }
        }
    }
}
