namespace ContainerLint.Core.Tests.Dockerfile;

using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Text;

/// <summary>Deterministic mutation fuzzing: the front end never throws, and every diagnostic points inside the file.</summary>
public sealed class FuzzTests
{
    private static readonly string[] Alphabet =
    [
        "\\", "`", "\n", "\r\n", "\r", " ", "\t", "#", "\"", "'", "[", "]", ",", "<<", "<<-", "EOF", "--", "=", "$", "${", "}",
        "ONBUILD ", "RUN ", "COPY ", "FROM ", "ENV ", "ARG ", "HEALTHCHECK ", "# escape=`\n", "# syntax=x\n", "\uFEFF", "é", "😀", "\u0085",
        "1", "null", "{", ":", "--from=", "AS ", "# containerlint ignore=CL1001\n", "# containerlint ignore=\n",
    ];

    public static IEnumerable<object[]> Seeds => Enumerable.Range(0, 40).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MutatedFilesNeverThrow(int seed)
    {
        var random = new Random(seed);
        var bases = OfficialImageCorpus.Generated().Select(f => f.Text).Where((_, i) => i % 37 == seed % 37).Take(2)
            .Concat(Directory.GetDirectories(Path.Combine(CorpusPaths.DockerfileParser, "testfiles")).Select(d => File.ReadAllText(Path.Combine(d, "Dockerfile"))).Skip(seed % 30).Take(2))
            .ToArray();
        foreach (var text in bases)
        {
            for (var round = 0; round < 25; round++)
            {
                var mutated = Mutate(text, random);
                var source = new SourceText(mutated);
                var parsed = DockerfileFrontEnd.Parse(new LintInput("Dockerfile", source));
                foreach (var d in parsed.Diagnostics)
                {
                    Assert.InRange(d.Span.Line, 1, source.LineCount);
                    Assert.InRange(d.Span.EndLine, d.Span.Line, source.LineCount);
                }

                if (parsed.Document is { } doc)
                {
                    foreach (var i in doc.AllInstructions())
                    {
                        Assert.InRange(i.Span.Line, 1, source.LineCount);
                        _ = i.MapSpan(0, i.Rest.Length);
                        _ = i.MapSpan(-5, i.Rest.Length + 5);
                        _ = doc.Stages.ScopeAt(i).Expand(i.Rest, i.RestSpan);
                    }

                    _ = doc.Stages.StagesNeededByFinal();
                }
            }
        }
    }

    private static string Mutate(string text, Random random)
    {
        var chars = new System.Text.StringBuilder(text);
        var edits = random.Next(1, 8);
        for (var e = 0; e < edits; e++)
        {
            var at = chars.Length == 0 ? 0 : random.Next(chars.Length);
            switch (random.Next(3))
            {
                case 0:
                    chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 1:
                    chars.Remove(at, Math.Min(random.Next(1, 6), chars.Length - at));
                    break;
                default:
                    var from = random.Next(Math.Max(chars.Length, 1));
                    var len = Math.Min(random.Next(1, 40), chars.Length - from);
                    if (len > 0) chars.Insert(at, chars.ToString(from, len));
                    break;
            }
        }

        return chars.ToString();
    }
}
