namespace ContainerLint.Core.Tests.Text;

using System.Diagnostics;
using ContainerLint.Core.Text;

public sealed class EditDistanceTests
{
    /// <summary>The textbook full-table Levenshtein distance: the reference the bounded one is checked against.</summary>
    internal static int Full(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++) d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        }

        return d[a.Length, b.Length];
    }

    [Fact]
    public void AgreesWithTheFullTableWithinTheBound()
    {
        var random = new Random(7);
        for (var n = 0; n < 20_000; n++)
        {
            var a = new string([.. Enumerable.Range(0, random.Next(9)).Select(_ => "abc"[random.Next(3)])]);
            var b = new string([.. Enumerable.Range(0, random.Next(9)).Select(_ => "abc"[random.Next(3)])]);
            var max = random.Next(5);
            var full = Full(a, b);
            Assert.True((full <= max ? full : (int?)null) == EditDistance.Bounded(a, b, max), $"'{a}' '{b}' max {max}: full {full}, bounded {EditDistance.Bounded(a, b, max)}");
        }
    }

    [Fact]
    public void CaseCanBeIgnored()
    {
        Assert.True(EditDistance.IsWithin("Builder", "bulder", 1, ignoreCase: true));
        Assert.False(EditDistance.IsWithin("Builder", "bulder", 1));
    }

    [Fact]
    public void LongWordsCostNothing()
    {
        string a = new('a', 50_000), b = new('b', 50_000), c = new('a', 250), d = new('b', 250), e = new('a', 256), f = new string('a', 255) + "b";
        var clock = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Null(EditDistance.Bounded(a, b, 2));
        Assert.Null(EditDistance.Bounded(c, d, 2));
        Assert.Equal(1, EditDistance.Bounded(e, f, 2));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 10_000, allocated.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1));
    }
}
