namespace ContainerLint.Core.Tests.Suppressions;

using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;

public sealed class SuppressionIndexTests
{
    private static readonly string[] Ids = ["CL1001", "CL1002", "CL2001"];
    private static readonly string?[] Containers = [null, null, "app", "sidecar"];

    /// <summary>What the engine did before the index: the first suppression, in order, that covers the finding.</summary>
    private static Suppression? Walk(IReadOnlyList<Suppression> all, string id, int line, string? container) =>
        all.FirstOrDefault(s => s.Covers(id, new SourceSpan(line, 1, line, 1), container));

    [Fact]
    public void FindsWhatTheWalkFoundOnRandomOverlappingSuppressions()
    {
        var random = new Random(99);
        for (var n = 0; n < 2_000; n++)
        {
            var list = new List<Suppression>();
            for (var k = random.Next(12); k > 0; k--)
            {
                var ids = Ids.Where(_ => random.Next(2) == 0).ToHashSet(StringComparer.Ordinal);
                var first = random.Next(1, 30);
                var last = random.Next(5) == 0 ? int.MaxValue : first + random.Next(-1, 10);
                list.Add(new Suppression(ids, first, last, null, new SourceSpan(first, 1, first, 2)) { Container = Containers[random.Next(Containers.Length)] });
            }

            var index = SuppressionIndex.Of(list);
            for (var line = 0; line < 45; line++)
            {
                foreach (var id in Ids)
                {
                    foreach (var container in Containers)
                    {
                        Assert.True(ReferenceEquals(Walk(list, id, line, container), index.Find(id, line, container)), $"case {n}, {id} line {line} container {container}");
                    }
                }
            }
        }
    }

    [Fact]
    public void TwentyThousandSuppressionsAndFindingsCostLittle()
    {
        var list = Enumerable.Range(1, 20_000)
            .Select(i => new Suppression(new HashSet<string>(StringComparer.Ordinal) { "CL1001" }, i * 2, i * 2, null, new SourceSpan(i * 2 - 1, 1, i * 2 - 1, 2)))
            .Append(Suppression.WholeFile(new HashSet<string>(StringComparer.Ordinal) { "CL1002" }, null, new SourceSpan(1, 1, 1, 2)))
            .ToList();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var index = SuppressionIndex.Of(list);
        var found = 0;
        for (var line = 1; line <= 40_000; line++)
        {
            if (index.Find("CL1001", line, null) is not null) found++;
            if (index.Find("CL1002", line, "c") is null) found = -1_000_000;
        }

        Assert.Equal(20_000, found);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), clock.Elapsed.ToString());
        Assert.Same(index, SuppressionIndex.Of(index));
    }
}
