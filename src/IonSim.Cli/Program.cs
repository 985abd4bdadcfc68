using IonSim.Cli;
using IonSim.Cli.Infrastructure;

Interruption.Listen(Console.Error);
return CliApp.Run(args, CliEnvironment.FromProcess());
