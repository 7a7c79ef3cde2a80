// Entry point of the `containerlint` dotnet tool. The command line is built in CommandLineApp.
return ContainerLint.Cli.CommandLineApp.Run(args, Console.In, Console.Out, Console.Error);
