using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Integration;

namespace IonSim.Tests.Integration;

/// <summary>The dense solution's step look-up remembers where it was; the order of questions must not change an answer.</summary>
public class DenseLookupTests
{
    [Property(MaxTest = 40)]
    public Property Evaluation_order_never_changes_a_value(int seed)
    {
        var solution = OdeSolver.Solve(new HarmonicOscillator(3.0), 0.0, [1.0, 0.0], 10.0, new OdeOptions { RelativeTolerance = 1e-5 }, new OdeRequest { DenseOutput = true, Breakpoints = [2.5] });
        DenseSolution dense = solution.Dense!;
        var random = new Random(seed);

        // Step ends and the instants just either side of them are where a wrong step would show.
        double[] times = [.. Enumerable.Range(0, 200).Select(_ => 10.0 * random.NextDouble()), 0.0, 2.5, 10.0, .. solution.Times];
        double[] inOrder = [.. times.Order().Select(t => dense.Evaluate(t, 0))];
        double[] shuffled = [.. times.Order()];
        random.Shuffle(shuffled);
        var byTime = shuffled.Select(t => (t, v: dense.Evaluate(t, 0))).OrderBy(p => p.t).Select(p => p.v);
        return inOrder.SequenceEqual(byTime).ToProperty();
    }
}
