using BenchmarkDotNet.Running;
using IonSim.Benchmarks.Integration;

// Timings:  dotnet run -c Release --project benchmarks/IonSim.Benchmarks -- --filter '*'
// Counts:   dotnet run -c Release --project benchmarks/IonSim.Benchmarks -- stats
// Shorten: dotnet run -c Release --project benchmarks/IonSim.Benchmarks -- shorten-stats
// Stiffness: dotnet run -c Release --project benchmarks/IonSim.Benchmarks -- fiber-stiffness
// CVODE:    bash benchmarks/cvode/run.sh (calls this with `cvode <results.tsv>`)
if (args is ["stats", ..])
{
    IntegratorStatistics.Print(Console.Out);
    return;
}

if (args is ["fiber-stiffness", ..])
{
    FiberStiffness.Print(Console.Out);
    return;
}

if (args is ["shorten-stats", ..])
{
    IonSim.Benchmarks.CellML.ShortenStatistics.Print(Console.Out);
    return;
}

if (args is ["shorten-profile", ..])
{
    IonSim.Benchmarks.CellML.ShortenProfile.Print(Console.Out);
    return;
}

if (args is ["cvode", string cvodeResults])
{
    StiffComparison.Print(cvodeResults, Console.Out);
    Console.WriteLine();
    FiberComparison.Print(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(IntegratorBenchmarks).Assembly).Run(args);
