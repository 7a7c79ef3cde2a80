// Entry point of the `containerlint` dotnet tool. The command line is built in CommandLineApp.
// `--version` alone is answered before System.CommandLine and the rule catalog load: building the
// command tree is most of its cost (same output as the VersionOption's PrintVersion action).
if (args is ["--version"])
{
    Console.Out.WriteLine(ContainerLint.Cli.ToolInfo.Version);
    return ContainerLint.Cli.CommandLineApp.ExitClean;
}

return ContainerLint.Cli.CommandLineApp.Run(args, Console.In, Console.Out, Console.Error);
