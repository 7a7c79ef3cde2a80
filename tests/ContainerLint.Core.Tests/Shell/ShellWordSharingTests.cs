namespace ContainerLint.Core.Tests.Shell;

using ContainerLint.Core.Shell;

/// <summary>What the parser shares instead of copying: a plain word's text, a command's argument list, the enclosing constructs.</summary>
public sealed class ShellWordSharingTests
{
    [Fact]
    public void PlainWordRawIsItsValue()
    {
        var words = ShellScript.Parse("echo plain \"a b\" 'q' x\\ y $HOME").Commands[0].Words;

        Assert.Equal(["echo", "plain", "\"a b\"", "'q'", "x\\ y", "$HOME"], words.Select(w => w.Raw));
        Assert.Equal(["echo", "plain", "a b", "q", "x y", "$HOME"], words.Select(w => w.Value));
        Assert.Same(words[1].Value, words[1].Raw);
        Assert.Same(words[5].Value, words[5].Raw);
    }

    [Fact]
    public void ArgumentsFollowTheProgramAfterWrappers()
    {
        var command = ShellScript.Parse("sudo -u root env A=1 /usr/bin/apt-get install -y curl").Commands[0];

        Assert.Equal("apt-get", command.ProgramName);
        Assert.Equal(["install", "-y", "curl"], command.Arguments.Select(w => w.Value));
        Assert.Equal(["install", "curl"], command.GetPositionalArguments().Select(w => w.Value));
        Assert.Same(command.Words[^1], command.Arguments[^1]);
        Assert.Empty(ShellScript.Parse("sudo").Commands[0].Arguments);
        Assert.Empty(ShellScript.Parse("make").Commands[0].Arguments);
    }

    [Fact]
    public void LeavingAConstructRestoresTheOuterEnclosing()
    {
        var commands = ShellScript.Parse("if x; then (a $(b); c); { e; }; f; fi; d").Commands;

        string Of(string name) => string.Join(",", commands.Single(c => c.Name == name).Enclosing);
        Assert.Equal("If,Subshell", Of("a"));
        Assert.Equal("If,Subshell,CommandSubstitution", Of("b"));
        Assert.Equal("If,Subshell", Of("c"));
        Assert.Equal("If,BraceGroup", Of("e"));
        Assert.Equal("If", Of("f"));
        Assert.Equal("", Of("d"));
    }
}
