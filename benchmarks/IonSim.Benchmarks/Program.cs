using BenchmarkDotNet.Running;
using IonSim.Benchmarks.Integration;

// Timings:  dotnet run -c Release --project benchmarks/IonSim.Benchmarks -- --filter '*'
// Counts:   dotnet run -c Release --project benchmarks/IonSim.Benchmarks -- stats
if (args is ["stats", ..])
{
    IntegratorStatistics.Print(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(IntegratorBenchmarks).Assembly).Run(args);
