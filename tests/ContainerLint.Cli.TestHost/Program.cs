// The containerlint command line with the fake front ends and catalog entries of Fakes.cs, for the CLI tests.
// Everything else is the real CLI's: the same CommandLineApp, the standard streams, the process's folder and
// environment. CONTAINERLINT_TESTHOST_TERMINAL=1 stands for a terminal on stdout (the tests capture stdout).
using ContainerLint.Cli;
using ContainerLint.Cli.Tests;

var host = new CliHost(
    Directory.GetCurrentDirectory(),
    Fakes.Engine,
    Environment.GetEnvironmentVariable,
    Environment.GetEnvironmentVariable("CONTAINERLINT_TESTHOST_TERMINAL") == "1");
return CommandLineApp.Run(args, new DeferredTextReader(() => Console.In), Console.Out, Console.Error, host);
