namespace ContainerLint.Core.Tests;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

/// <summary>
/// The data vendored under tests/data is what build/refresh-test-data.sh wrote: every real-world file is the git blob
/// its SOURCES.tsv row names (git did not change a line ending or drop a byte-order mark), nothing unlisted or
/// copyleft slipped in, and the upstream corpora keep their notices.
/// </summary>
public sealed class VendoredDataTests
{
    private static readonly string[] PermissiveLicences = ["Apache-2.0", "MIT", "BSD-2-Clause", "BSD-3-Clause", "0BSD", "CC0-1.0"];

    [Theory]
    [InlineData("dockerfiles", 900)]
    [InlineData("k8s", 600)]
    public void RealWorldFilesAreTheBlobsTheirSourcesName(string folder, int atLeast)
    {
        var root = RepoPaths.DataFolder("realworld", folder);
        var rows = File.ReadAllLines(Path.Combine(root, "SOURCES.tsv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        Assert.True(rows.Count >= atLeast, $"realworld/{folder}/SOURCES.tsv lists {rows.Count} files, expected at least {atLeast}");
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var c in rows)
        {
            var relative = c[0].Replace("/", "__", StringComparison.Ordinal) + "/" + c[2];
            listed.Add(relative);
            var path = Path.Combine(root, relative);
            if (!File.Exists(path))
            {
                problems.Add(relative + ": missing");
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            if (bytes.Length.ToString(CultureInfo.InvariantCulture) != c[3] || BlobId(bytes) != c[4]) problems.Add($"{relative}: {bytes.Length} bytes, blob {BlobId(bytes)}; SOURCES.tsv says {c[3]}, {c[4]}");
            if (!c[5].Split(" OR ").Any(l => PermissiveLicences.Contains(l))) problems.Add($"{relative}: licence {c[5]} is not permissive");
        }

        var unlisted = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(r => r != "SOURCES.tsv" && !listed.Contains(r));
        problems.AddRange(unlisted.Select(r => r + ": not in SOURCES.tsv"));
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void RealWorldFilesKeepTheirLineEndingsAndByteOrderMarks()
    {
        var files = Directory.GetFiles(RepoPaths.DataFolder("realworld", "dockerfiles"), "*", SearchOption.AllDirectories).Select(File.ReadAllBytes).ToList();
        Assert.Contains(files, b => b.AsSpan().IndexOf("\r\n"u8) >= 0);
        Assert.Contains(files, b => b.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]));
        Assert.Contains(files, b => b.Length > 0 && b[^1] != (byte)'\n');
    }

    [Theory]
    [InlineData("buildkit-parser", "73ed6825c4b7569379ef89df0aedcdbe64473d31")]
    [InlineData("pss", "8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8")]
    public void ApacheLicensedCorporaCarryTheirNoticeAndTheLicence(string folder, string commit)
    {
        var notice = File.ReadAllText(RepoPaths.DataFile(folder, "NOTICE.md"));
        Assert.Contains(commit, notice, StringComparison.Ordinal);
        Assert.Contains("../LICENSES/Apache-2.0.txt", notice, StringComparison.Ordinal);
        Assert.Contains("Apache License", File.ReadAllText(RepoPaths.DataFile("LICENSES", "Apache-2.0.txt")), StringComparison.Ordinal);
        Assert.True(File.Exists(RepoPaths.DataFile(folder, "SOURCE.md")));
    }

    private static string BlobId(byte[] bytes)
    {
        var header = Encoding.ASCII.GetBytes($"blob {bytes.Length.ToString(CultureInfo.InvariantCulture)}\0");
        return Convert.ToHexStringLower(SHA1.HashData([.. header, .. bytes]));
    }
}
