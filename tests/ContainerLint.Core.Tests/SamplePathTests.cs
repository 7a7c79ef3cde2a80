namespace ContainerLint.Core.Tests;

using System.Text.RegularExpressions;

/// <summary>Paths of this repository named in the samples' comments exist (issue #14: one named samples/DotNetApp).</summary>
public sealed partial class SamplePathTests
{
    [GeneratedRegex(@"(?<![\w./-])(?:samples|build|docs|src|tests|rules)/[\w./-]*[\w/]")]
    private static partial Regex RepositoryPath();

    [Fact]
    public void EveryRepositoryPathNamedInASampleExists()
    {
        var root = RepoPaths.Root;
        var missing = new List<string>();
        var named = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "samples"), "*", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match m in RepositoryPath().Matches(lines[i]))
                {
                    named++;
                    var path = Path.Combine(root, m.Value.TrimEnd('/', '.'));
                    if (!File.Exists(path) && !Directory.Exists(path)) missing.Add($"{Path.GetRelativePath(root, file)}:{i + 1}: {m.Value}");
                }
            }
        }

        Assert.True(named > 0, "no repository path found in the samples; the pattern is broken");
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }
}

/// <summary>The README and docs/configuration.md give the same Compose file names, and the walk recognises each (issue #14).</summary>
public sealed partial class ComposeNamesDocumentationTests
{
    [GeneratedRegex(@"Compose files\s*\((?<list>[^)]*)\)")]
    private static partial Regex ComposeList();

    private static string[] Globs(string relative)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, relative));
        var match = ComposeList().Match(text);
        Assert.True(match.Success, $"{relative} does not list the Compose file names");
        return [.. Regex.Matches(match.Groups["list"].Value, "`([^`]+)`").Select(m => m.Groups[1].Value)];
    }

    [Fact]
    public void ReadmeAndDocsListTheComposeNamesTheWalkRecognises()
    {
        var readme = Globs("README.md");
        Assert.Equal(readme, Globs(Path.Combine("docs", "configuration.md")));
        foreach (var glob in readme)
        {
            foreach (var name in new[] { glob.Replace("*", "", StringComparison.Ordinal), glob.Replace("y*ml", "yaml", StringComparison.Ordinal).Replace("*", ".prod", StringComparison.Ordinal) })
            {
                Assert.True(Engine.FileClassifier.IsComposeName(name), $"{glob}: '{name}' is not recognised as a Compose file");
            }
        }
    }
}
