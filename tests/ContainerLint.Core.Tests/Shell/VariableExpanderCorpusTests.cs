namespace ContainerLint.Core.Tests.Shell;

using ContainerLint.Core.Shell;

/// <summary>
/// BuildKit's own lexer data (lex_test.go: TestShellParser4Words, TestShellParser4EnvVars), parsed at
/// test time. `W` lines of envVarTest describe Windows, where variable names are case-insensitive:
/// they run with a case-insensitive lookup; `A` lines run in both modes, `U` lines in Linux mode only.
/// </summary>
public sealed class VariableExpanderCorpusTests
{
    private static readonly string[] EnvVarTestEnvironment = ["PWD=/home", "SHELL=bash", "KOREAN=한국어", "NULL="];

    public static TheoryData<int, string, string[], string[]> WordsCases()
    {
        var data = new TheoryData<int, string, string[], string[]>();
        var envs = new List<string>();
        var lineNumber = 0;
        foreach (var raw in ShellLexCorpus.ReadLines("wordsTest"))
        {
            lineNumber++;
            var line = raw;
            if (line.StartsWith('#')) continue;
            if (line.StartsWith("ENV ", StringComparison.Ordinal))
            {
                envs.Add(line[3..].TrimStart(' '));
                continue;
            }
            var parts = line.Split('|');
            if (parts.Length != 2) throw new InvalidDataException($"wordsTest line {lineNumber}: expected exactly one |");
            data.Add(lineNumber, parts[0].Trim(), parts[1].TrimStart(' ').Split(','), [.. envs]);
        }
        return data;
    }

    public static TheoryData<int, bool, string, string> EnvVarCases()
    {
        var data = new TheoryData<int, bool, string, string>();
        var lineNumber = 0;
        foreach (var raw in ShellLexCorpus.ReadLines("envVarTest"))
        {
            lineNumber++;
            if (raw.StartsWith('#')) continue;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var parts = line.Split('|');
            if (parts.Length != 3) throw new InvalidDataException($"envVarTest line {lineNumber}: expected 3 fields");
            var platform = parts[0].Trim();
            var input = parts[1].Trim();
            var expected = parts[2].Trim();
            switch (platform)
            {
                case "A":
                    data.Add(lineNumber, false, input, expected);
                    data.Add(lineNumber, true, input, expected);
                    break;
                case "U":
                    data.Add(lineNumber, false, input, expected);
                    break;
                case "W":
                    data.Add(lineNumber, true, input, expected);
                    break;
                default:
                    throw new InvalidDataException($"envVarTest line {lineNumber}: bad platform tag {platform}");
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(WordsCases))]
    public void WordsTestLineAgrees(int line, string input, string[] expected, string[] envs)
    {
        var result = new VariableExpander('\\').ProcessWords(input, VariableExpander.Lookup(envs));
        var actual = result.Success ? result.Words.ToArray() : ["error"];
        Assert.True(expected.SequenceEqual(actual), $"wordsTest line {line}: {input} -> [{string.Join("|", actual)}], expected [{string.Join("|", expected)}] ({result.Error})");
    }

    [Theory]
    [MemberData(nameof(EnvVarCases))]
    public void EnvVarTestLineAgrees(int line, bool windows, string input, string expected)
    {
        var result = new VariableExpander('\\').ProcessWord(input, VariableExpander.Lookup(EnvVarTestEnvironment, ignoreCase: windows));
        if (expected == "error")
        {
            Assert.False(result.Success, $"envVarTest line {line}: {input} should fail but gave '{result.Value}'");
            Assert.True(result.ErrorOffset >= 0 && result.ErrorOffset <= input.Length);
        }
        else
        {
            Assert.True(result.Success, $"envVarTest line {line}: {input} failed: {result.Error}");
            Assert.Equal(expected, result.Value);
        }
    }

    [Fact]
    public void TheCorpusFilesHoldTheExpectedNumberOfCases()
    {
        // Guards against a truncated copy silently shrinking the theories above.
        Assert.True(WordsCases().Count >= 24);
        Assert.True(EnvVarCases().Count >= 450);
    }
}
