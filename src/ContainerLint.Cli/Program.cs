// Entry point of the `containerlint` dotnet tool. The command line is built in CommandLineApp.
// `--version` alone is answered before System.CommandLine and the rule catalog load: building the
// command tree is most of its cost (same output as the VersionOption's PrintVersion action).
if (args is ["--version"])
{
    Console.Out.WriteLine(ContainerLint.Cli.ToolInfo.Version);
    return ContainerLint.Cli.CommandLineApp.ExitClean;
}

// Redirected output (CI logs, pipes, files) is buffered and written once at the end: Console.Out flushes every 256
// characters, which was ~7,700 write calls for a JSON report of a thousand files. A terminal keeps the console's writer.
if (Console.IsOutputRedirected)
{
    Console.SetOut(new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { AutoFlush = false });
}

try
{
    // Console.In is opened only if a lint reads `-`: setting it up costs start-up time on a terminal.
    return ContainerLint.Cli.CommandLineApp.Run(args, new ContainerLint.Cli.DeferredTextReader(() => Console.In), Console.Out, Console.Error);
}
finally
{
    Console.Out.Flush();
}
