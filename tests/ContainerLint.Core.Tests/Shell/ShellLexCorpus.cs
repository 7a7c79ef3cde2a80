namespace ContainerLint.Core.Tests.Shell;

/// <summary>Locates and reads BuildKit's shell-lex data files (tests/data/buildkit-parser/shell-lex).</summary>
internal static class ShellLexCorpus
{
    public static string Directory => RepoPaths.DataFolder("buildkit-parser", "shell-lex");

    /// <summary>Lines exactly as bufio.Scanner yields them (split on \n, a trailing \r dropped).</summary>
    public static string[] ReadLines(string fileName)
    {
        var path = Path.Combine(Directory, fileName);
        if (!File.Exists(path)) throw new FileNotFoundException("shell-lex corpus file missing", path);
        var text = File.ReadAllText(path, new System.Text.UTF8Encoding(false, true));
        var lines = text.Split('\n').Select(l => l.EndsWith('\r') ? l[..^1] : l).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return [.. lines];
    }
}
