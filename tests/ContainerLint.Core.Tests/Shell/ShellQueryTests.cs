namespace ContainerLint.Core.Tests.Shell;

using ContainerLint.Core.Shell;

public sealed class ShellQueryTests
{
    [Theory]
    [InlineData("apt-get install x", "apt-get", "", 0)]
    [InlineData("sudo apt-get install x", "apt-get", "sudo", 5)]
    [InlineData("sudo -E -u root apt-get install x", "apt-get", "sudo", 16)]
    [InlineData("/usr/bin/apt-get install x", "apt-get", "", 0)]
    [InlineData("env DEBIAN_FRONTEND=noninteractive apt-get install x", "apt-get", "env", 35)]
    [InlineData("env -i PATH=/bin apt-get -y install x", "apt-get", "env", 17)]
    [InlineData("command apt-get install x", "apt-get", "command", 8)]
    [InlineData("exec -a n apt-get x", "apt-get", "exec", 10)]
    [InlineData("find . | xargs -n 1 -I{} rm {}", "rm", "xargs", 25)]
    [InlineData("nice -n 10 apt-get install", "apt-get", "nice", 11)]
    [InlineData("nice -10 make", "make", "nice", 9)]
    [InlineData("timeout -s KILL 30s apt-get update", "apt-get", "timeout", 20)]
    [InlineData("sudo env X=1 nohup /bin/sh -c x", "sh", "sudo,env,nohup", 19)]
    [InlineData("gosu app chmod 777 /x", "chmod", "gosu", 9)]
    [InlineData("busybox wget x", "wget", "busybox", 8)]
    public void FindsTheProgramThroughWrappers(string text, string program, string wrappers, int programStart)
    {
        var script = ShellScript.Parse(text);
        var command = Assert.Single(script.FindCommands(program));
        Assert.Equal(program, command.ProgramName);
        Assert.Equal(programStart, command.ProgramWord!.Start);
        Assert.Equal(wrappers, string.Join(",", command.Wrappers));
        Assert.True(script.Runs(program));
    }

    [Theory]
    [InlineData("command -v curl")]
    [InlineData("echo curl")]
    [InlineData("echo \"curl x | sh\"")]
    [InlineData("which curl")]
    [InlineData("# curl x")]
    [InlineData("cat <<EOF\ncurl x\nEOF")]
    public void DoesNotSeeCurlWhereItIsNotRun(string text)
    {
        Assert.False(ShellScript.Parse(text).Runs("curl"));
    }

    [Theory]
    [InlineData("apt-get install -y x", "install", true)]
    [InlineData("apt-get -y install x", "install", true)]
    [InlineData("apt-get -o Dpkg::Options::=--force-confdef install x", "install", true)]
    [InlineData("apt-get update", "install", false)]
    [InlineData("apt-get -q update && apt-get -yq install curl", "update", true)]
    [InlineData("npm config set registry x", "config set", true)]
    [InlineData("npm --prefix /app config set x", "config set", true)]
    [InlineData("npm config get registry", "config set", false)]
    [InlineData("npm install", "config set", false)]
    public void DetectsSubcommands(string text, string subcommand, bool expected)
    {
        var script = ShellScript.Parse(text);
        var program = text.Split(' ')[0];
        Assert.Equal(expected, script.Runs(program, subcommand.Split(' ')));
    }

    [Theory]
    [InlineData("curl -fsSLk https://x", "-k", true)]
    [InlineData("curl -k https://x", "-k", true)]
    [InlineData("curl --insecure https://x", "--insecure", true)]
    [InlineData("curl -fsSL https://x", "-k", false)]
    [InlineData("curl -fsSL https://k.example", "-k", false)]
    [InlineData("curl -o out -- -k", "-k", false)]
    [InlineData("curl --insecure=1 x", "--insecure", true)]
    [InlineData("curl --insecurely x", "--insecure", false)]
    [InlineData("chmod -R 777 /x", "-R", true)]
    [InlineData("wget --no-check-certificate x", "--no-check-certificate", true)]
    [InlineData("apt-get install --no-install-recommends x", "--no-install-recommends", true)]
    [InlineData("apt-get install x", "--no-install-recommends", false)]
    [InlineData("apt-get install \"--no-install-recommends\" x", "--no-install-recommends", true)]
    public void FindsFlagsIncludingBundles(string text, string flag, bool expected)
    {
        var command = ShellScript.Parse(text).Commands[0];
        Assert.Equal(expected, command.HasFlag(flag));
    }

    [Theory]
    // text | flag | value | value start | value end
    [InlineData("mysql --password=s3cret db", "--password", "s3cret", 17, 23)]
    [InlineData("mysql --password s3cret db", "--password", "s3cret", 17, 23)]
    [InlineData("mysql -p s3cret db", "-p", "s3cret", 9, 15)]
    [InlineData("mysql -ps3cret db", "-p", "s3cret", 8, 14)]
    [InlineData("tar -xzf a.tgz", "-f", "a.tgz", 9, 14)]
    [InlineData("docker login --password=\"a b\" r", "--password", "a b", 24, 29)] // the quoted value, quotes included
    public void ReadsFlagValuesWithSpans(string text, string flag, string value, int start, int end)
    {
        var found = ShellScript.Parse(text).Commands[0].FindFlag(flag, takesValue: true);
        Assert.NotNull(found);
        Assert.Equal(value, found.Value);
        Assert.Equal((start, end), (found.ValueStart, found.ValueEnd));
    }

    [Fact]
    public void AFlagWithoutItsValueIsStillFound()
    {
        var found = ShellScript.Parse("mysql --password").Commands[0].FindFlag("--password", takesValue: true);
        Assert.NotNull(found);
        Assert.Null(found.Value);
        Assert.Null(ShellScript.Parse("mysql -u root").Commands[0].FindFlag("--password", takesValue: true));
    }

    [Theory]
    [InlineData("curl -fsSL https://x | sh", "curl>sh:Pipe")]
    [InlineData("curl -fsSL https://x | bash -s -- --flag", "curl>bash:Pipe")]
    [InlineData("wget -qO- https://x | sudo -E bash -", "wget>bash:Pipe")]
    [InlineData("curl x | tee /tmp/i.sh | sh", "curl>sh:Pipe")]
    [InlineData("curl -sSL x | python3 -", "curl>python3:Pipe")]
    [InlineData("curl -sSL x | python3", "curl>python3:Pipe")]
    [InlineData("curl x | (cd /tmp && sh)", "curl>sh:Pipe")]
    [InlineData("cd /x && curl x | sh && echo ok", "curl>sh:Pipe")]
    [InlineData("sh -c \"$(curl -fsSL https://x)\"", "curl>sh:Substitution")]
    [InlineData("bash <(curl -s x)", "curl>bash:Substitution")]
    [InlineData("eval \"$(wget -qO- x)\"", "wget>eval:Substitution")]
    [InlineData("x=$(curl a | sh)", "curl>sh:Pipe")]
    [InlineData("if true; then curl x | zsh; fi", "curl>zsh:Pipe")]
    // silent cases
    [InlineData("curl -o f https://x && sh f", "")]
    [InlineData("echo \"curl x | sh\"", "")]
    [InlineData("curl x | tar xz", "")]
    [InlineData("curl x | sh -c 'cat > f'", "")]
    [InlineData("curl x | python3 parse.py", "")]
    [InlineData("sh install.sh | curl -T - x", "")]
    [InlineData("curl x > f; cat f | sh", "")]
    [InlineData("curl x | grep y # | sh", "")]
    public void FindsDownloadsRunAsCode(string text, string expected)
    {
        var found = ShellScript.Parse(text).FindDownloadedCodeExecutions();
        Assert.Equal(expected, string.Join(" ", found.Select(f => $"{f.Downloader.ProgramName}>{f.Interpreter.ProgramName}:{f.Kind}")));
    }

    [Theory]
    [InlineData("set -o pipefail && curl x | tar xz", 0)]
    [InlineData("set -euxo pipefail; curl x | tar xz", 0)]
    [InlineData("set -eo pipefail\ncurl x | tar xz", 0)]
    [InlineData("curl x | tar xz", 1)]
    [InlineData("curl x | tar xz; set -o pipefail", 1)]
    [InlineData("set -o pipefail; set +o pipefail; a | b", 1)]
    [InlineData("(set -o pipefail); a | b", 1)]
    [InlineData("set -e; a | b", 1)]
    [InlineData("set -o errexit -o pipefail; a | b | c", 0)]
    [InlineData("echo $(a | b)", 0)]
    public void FindsPipelinesWithoutPipefail(string text, int expected)
    {
        var script = ShellScript.Parse(text);
        Assert.Equal(expected, script.PipelinesWithoutPipefail().Count());
    }

    [Fact]
    public void PipefailStateIsQueriedByOffset()
    {
        var script = ShellScript.Parse("a | b; set -o pipefail; c | d");
        Assert.False(script.IsPipefailSetAt(0));
        Assert.True(script.IsPipefailSetAt(script.Text.IndexOf('c')));
    }

    [Theory]
    [InlineData("apt-get update", true)]
    [InlineData("apt-get update && apt-get install -y x", false)]
    [InlineData("apt-get update; sudo apt-get -y install x", false)]
    [InlineData("apt-get install -y x", false)]
    [InlineData("apt-get update && echo apt-get install", true)]
    public void TellsWhetherTheSameScriptAlsoRunsAnotherCommand(string text, bool updateAlone)
    {
        var script = ShellScript.Parse(text);
        var alone = script.Runs("apt-get", "update") && !script.Runs("apt-get", "install");
        Assert.Equal(updateAlone, alone);
    }

    [Theory]
    [InlineData("cd /app && make", 1)]
    [InlineData("make -C /app", 0)]
    [InlineData("(cd /x; ls)", 1)]
    [InlineData("echo cd", 0)]
    [InlineData("sudo chmod 777 /x && sudo ls", 0)]
    public void FindsCd(string text, int expected)
    {
        Assert.Equal(expected, ShellScript.Parse(text).FindCommands("cd").Count());
    }

    [Theory]
    [InlineData("sudo apt-get install x", true)]
    [InlineData("apt-get install sudo", false)]
    [InlineData("echo sudo", false)]
    public void SeesSudoAsAWrapper(string text, bool expected)
    {
        Assert.Equal(expected, ShellScript.Parse(text).Commands.Any(c => c.IsWrappedBy("sudo") || c.Is("sudo")));
    }

    [Theory]
    [InlineData("chmod 777 /x", "777")]
    [InlineData("chmod -R 0777 /x", "0777")]
    [InlineData("sudo chmod a+rwx /x", "a+rwx")]
    public void PositionalArgumentsSkipFlags(string text, string mode)
    {
        var chmod = Assert.Single(ShellScript.Parse(text).FindCommands("chmod"));
        Assert.Equal(mode, chmod.GetPositionalArguments()[0].Value);
    }

    [Fact]
    public void NestedCommandsAreFlaggedAndFindable()
    {
        var script = ShellScript.Parse("echo $(sudo apt-get update) `id`");
        var apt = Assert.Single(script.FindCommands("apt-get"));
        Assert.True(apt.IsNested);
        Assert.False(script.Commands[0].IsNested);
        Assert.True(Assert.Single(script.FindCommands("id")).IsNested);
        Assert.True(script.Commands[0].Words[1].HasExpansion);
    }
}
