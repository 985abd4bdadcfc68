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

    private static SweepTable Table(IReadOnlyList<ForcePcaCurve> curves, string fiber)
    {
        double[] x = [.. curves[0].Pca];
        var columns = new List<KeyValuePair<string, IReadOnlyList<double>>>();
        var plot = new List<SweepCurve>();
        var notes = new List<string>();
        foreach (ForcePcaCurve curve in curves)
        {
            string mg = Number(curve.FreeMagnesiumMillimolar);
            string key = "mg_" + mg.Replace('.', '_') + "mM";
            columns.Add(new($"tension_{key}", curve.Tension));
            columns.Add(new($"hill_fit_{key}", [.. x.Select(curve.Fit.TensionAt)]));
            plot.Add(Curve($"Mg²⁺ {mg} mM", x, [.. curve.Tension]));
            double[] fine = [.. Enumerable.Range(0, 121).Select(i => x[0] + ((x[^1] - x[0]) * i / 120.0))];
            plot.Add(new SweepCurve(
                FormattableString.Invariant($"Hill fit: pCa50 {curve.Fit.Pca50:0.00}, nH {curve.Fit.HillCoefficient:0.0}"), fine, [.. fine.Select(curve.Fit.TensionAt)], IsFit: true));
            notes.Add(FormattableString.Invariant(
                $"Mg²⁺ {mg} mM: pCa50 = {curve.Fit.Pca50:0.000} ± {curve.Fit.Pca50StandardError:0.000}, Hill coefficient = {curve.Fit.HillCoefficient:0.00} ± {curve.Fit.HillCoefficientStandardError:0.00}"));
        }

        return new SweepTable($"Steady-state force–pCa ({fiber})", "pCa", "pCa", x, columns, plot, "Tension (0–1)", true, notes);
    }
}
