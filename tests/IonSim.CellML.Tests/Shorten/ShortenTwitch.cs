using IonSim.Integration;

namespace IonSim.CellML.Tests.Shorten;

/// <summary>One 45 ms run of the Shorten model (a single stimulus), shared by the tests that read it.</summary>
internal static class ShortenTwitch
{
    public const double DurationMs = 45;

    public static readonly OdeOptions Options = new()
    {
        RelativeTolerance = 1e-8,
        AbsoluteTolerance = 1e-10,
        Stiffness = StiffnessPolicy.Ignore,
    };

    private static readonly Lazy<OdeSolution> LazyRun = new(() =>
    {
        var model = Models.Shorten;
        var request = new OdeRequest { Breakpoints = model.TimeDiscontinuities.Where(t => t > 0 && t < DurationMs).ToArray() };
        return OdeSolver.Solve(model, 0, model.InitialState(), DurationMs, Options, request);
    });

    public static OdeSolution Run => LazyRun.Value;
}
