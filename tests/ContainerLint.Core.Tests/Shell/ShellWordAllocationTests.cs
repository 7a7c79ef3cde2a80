namespace ContainerLint.Core.Tests.Shell;

using ContainerLint.Core.Shell;
using Xunit;

/// <summary>What reading a script's words costs: common words are not cut again, option words are not cut at all.</summary>
public sealed class ShellWordAllocationTests
{
    [Fact]
    public void CommonWordsShareOneString()
    {
        var first = ShellScript.Parse("apt-get install -y curl").Commands[0];
        var second = ShellScript.Parse("sudo /usr/bin/apt-get -y install wget").Commands[0];
        Assert.Same(first.Words[0].Value, second.ProgramName);
        Assert.Same(first.Words[2].Value, second.Words[2].Value);
        Assert.Equal("curl", first.Words[3].Value);
        Assert.Equal("wget", second.Words[4].Value);
    }

    [Fact]
    public void AnUncommonWordIsCutFromTheScript()
    {
        var command = ShellScript.Parse("mytool --frobnicate=3 'quoted arg'").Commands[0];
        Assert.Equal("mytool", command.ProgramName);
        Assert.Equal(["mytool", "--frobnicate=3", "quoted arg"], command.Words.Select(w => w.Value));
        Assert.True(command.Words[2].IsQuoted);
        Assert.False(command.Words[1].IsQuoted);
    }

    [Fact]
    public void AssignmentsAreReadFromTheWordInPlace()
    {
        var command = ShellScript.Parse("A=1 PATH+=:/opt/bin Q=\"x y\" E= cmd A=2").Commands[0];
        Assert.Equal(["A=1", "PATH=:/opt/bin", "Q=x y", "E="], command.Assignments.Select(a => $"{a.Name}={a.Value}"));
        Assert.Equal("PATH+=:/opt/bin", command.Assignments[1].Word.Value);
        Assert.Equal(["cmd", "A=2"], command.Words.Select(w => w.Value));
        Assert.False(command.IsNested);
        var nested = ShellScript.Parse("echo $(if true; then X=1 id; fi)").Commands.Single(c => c.Name == "id");
        Assert.True(nested.IsNested);
        Assert.Equal("X", nested.Assignments.Single().Name);
    }

    [Fact]
    public void FlagsAndPositionalsDoNotCutOptionWords()
    {
        // Options are compared in place: asking a fresh command for a flag and its positionals costs the list of
        // positionals (a list and its array, under 100 bytes), not a string per option word (8 x 32 bytes here).
        const string text = "xcmd --aaaa --bbbb --cccc --dddd --eeee --ffff --gggg --hhhh pkg";
        Assert.Equal(["pkg"], ShellScript.Parse(text).Commands[0].GetPositionalArguments().Select(w => w.Value));
        var extra = (Allocated(text, query: true) - Allocated(text, query: false)) / 20;
        Assert.True(extra < 200, $"{extra} bytes per command for a flag search and its positionals");
    }

    private static long Allocated(string text, bool query)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 20; i++)
        {
            var command = ShellScript.Parse(text).Commands[0];
            if (!query) continue;
            _ = command.HasFlag("--zzzz");
            _ = command.GetPositionalArguments();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
