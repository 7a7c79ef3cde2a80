namespace ContainerLint.Hardening.Tests.Fuzzing;

using System.Globalization;

/// <summary>
/// The fuzzer in CI: a fixed seed and a bounded budget (about 45 s). <c>build/fuzz.sh SECONDS SEED</c>
/// runs long campaigns through the same test with CONTAINERLINT_FUZZ_SECONDS / _SEED, and writes
/// each failing input to CONTAINERLINT_FUZZ_CRASHES when set.
/// </summary>
public sealed class FuzzTests
{
    [Fact]
    public void TheFrontEndsSurviveMutatedCorpora()
    {
        var seconds = double.Parse(Environment.GetEnvironmentVariable("CONTAINERLINT_FUZZ_SECONDS") ?? "45", CultureInfo.InvariantCulture);
        var seed = int.Parse(Environment.GetEnvironmentVariable("CONTAINERLINT_FUZZ_SEED") ?? "20250101", CultureInfo.InvariantCulture);
        var crashes = Environment.GetEnvironmentVariable("CONTAINERLINT_FUZZ_CRASHES");
        var fuzzer = new MutationFuzzer(MutationFuzzer.LoadSeeds());
        var stats = fuzzer.Run(seed, TimeSpan.FromSeconds(seconds), onFailure: failure =>
        {
            if (crashes is null) return;
            Directory.CreateDirectory(crashes);
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(failure.Input))[..12];
            File.WriteAllBytes(Path.Combine(crashes, $"{hash}-{failure.Name}"), failure.Input);
            File.WriteAllText(Path.Combine(crashes, $"{hash}-{failure.Name}.txt"), failure.Problem);
        });
        var summary = $"seed {stats.Seed}: {stats.Executions} inputs in {stats.Elapsed.TotalSeconds:0}s ({stats.Executions / Math.Max(stats.Elapsed.TotalSeconds, 1):0}/s), {stats.Failures.Count} failures";
        Console.WriteLine("fuzz: " + summary);
        if (crashes is not null) File.WriteAllText(Path.Combine(Directory.CreateDirectory(crashes).FullName, "stats.txt"), summary + "\n");
        Assert.True(stats.Executions > 1_000, summary);
        Assert.True(stats.Failures.Count == 0, summary + "\n" + string.Join("\n", stats.Failures));
    }

    [Fact]
    public void TheFuzzerFindsAPlantedBug()
    {
        // The invariant checker itself must be able to fail: a span past the end of the file is caught.
        var finding = new Core.Model.Finding { RuleId = "CL2001", Severity = Core.Model.Severity.Error, Message = "m", File = "f", Span = new(3, 1, 3, 2) };
        Assert.NotNull(Lint.SpanProblem(finding, new Core.Text.SourceText("a\nb\n")));
        Assert.NotNull(Lint.SpanProblem(finding with { Span = new(1, 3, 1, 3) }, new Core.Text.SourceText("a\n")));
        Assert.Null(Lint.SpanProblem(finding with { Span = new(1, 2, 1, 2) }, new Core.Text.SourceText("a\n")));
    }
}
