using IonSim.Cli.Infrastructure;
using IonSim.Cli.Output;
using IonSim.Experiments;
using IonSim.Plotting;
using Spectre.Console;

namespace IonSim.Cli.Commands;

/// <summary><c>ionsim sweep pca</c>: the steady-state force–pCa relation with its Hill fit, one curve per Mg²⁺ level.</summary>
internal sealed class PcaSweepCommand(CliEnvironment environment, IAnsiConsole console) : SweepCommand<PcaSweepSettings>(environment, console)
{
    /// <summary>pCa values swept by default: 7.0 to 4.0 in steps of 0.2, ascending as the library requires.</summary>
    public static readonly double[] DefaultPca = [.. Enumerable.Range(0, 16).Select(i => Math.Round(4.0 + (0.2 * i), 10))];

    /// <summary>The fewest pCa values a Hill fit (three parameters) is made from.</summary>
    public const int MinimumValues = 4;

    protected override Func<IProgress<SweepProgress>, CancellationToken, SweepTable> Plan(PcaSweepSettings settings, Scenario fiber)
    {
        IReadOnlyList<double> mg = ScenarioOptions.Magnesium(settings.Mg);
        IReadOnlyList<double> pca = SweepValues.Parse(settings, v => v >= 3 && v <= 10, "pCa values must be numbers from 3 to 10", MinimumValues) ?? DefaultPca;

        // One curve per Mg²⁺ level (ascending, as the library requires); without --mg, the base fiber's own level.
        double[] levels = mg.Count > 0 ? [.. mg.Order()] : [fiber.Parameters.FreeMagnesiumMillimolar];
        return (progress, cancellationToken) =>
        {
            IReadOnlyList<ForcePcaCurve> curves = LibraryErrors.Option("--values", Join(pca),
                () => Experiment.ForcePca(pca, levels, fiber.Parameters, progress, cancellationToken));
            return Table(curves, fiber.Name);
        };
    }

    private static SweepTable Table(IReadOnlyList<ForcePcaCurve> curves, string fiber) =>
        new($"Steady-state force–pCa ({fiber})", "pCa", "pCa", [.. curves[0].Pca], ForcePcaCurves.Columns(curves), ForcePcaCurves.Drawn(curves),
            "Tension (0–1)", true, [.. curves.Select(ForcePcaCurves.FitSummary)]);
}
