namespace ContainerLint.Cli.Tests;

using ContainerLint.Core.Reporting;

/// <summary>Issue #7: reports are streamed; --output gets the same bytes as stdout, written atomically.</summary>
public sealed class StreamedOutputTests
{
    public static TheoryData<string> Formats() => [.. ReportFormats.Names];

    [Theory]
    [MemberData(nameof(Formats))]
    public void OutputFileHoldsTheSameBytesAsStdoutOverManyFiles(string format)
    {
        using var dir = new TempDir();
        // Enough files and findings (suppressed ones too) that every reporter hands its output on in several chunks.
        for (var i = 0; i < 200; i++)
        {
            dir.Write($"svc{i:D3}/Dockerfile", $"FROM BAD\nRUN WARN {i}\n# containerlint ignore=CL1991 -- vetted\nRUN WARN NOTE\nCOPY NOTE /app\n");
        }

        var stdout = Cli.Run(dir.Path, "--format", format, "--include-suppressed", ".");
        var file = Cli.Run(dir.Path, "--format", format, "--include-suppressed", "--output", "report.out", ".");
        Assert.Equal(1, stdout.ExitCode);
        Assert.Equal(stdout.ExitCode, file.ExitCode);
        Assert.Equal("", file.Stdout);
        var written = File.ReadAllText(Path.Combine(dir.Path, "report.out"));
        Assert.True(stdout.Stdout.Length > 40_000, $"{format}: expected a report over one chunk, got {stdout.Stdout.Length} chars");
        if (format == ReportFormats.Text)
        {
            // The summary's elapsed time is the one run-dependent part.
            static string Untimed(string s) => System.Text.RegularExpressions.Regex.Replace(s, @" in [0-9.]+s\n$", "");
            Assert.Equal(Untimed(stdout.Stdout), Untimed(written));
        }
        else
        {
            Assert.Equal(stdout.Stdout, written);
        }

        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp"));
    }
}
