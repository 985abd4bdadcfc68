using IonSim.Cli;

return CliApp.Run(args, CliEnvironment.FromProcess());
