using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Integration;

namespace IonSim.Tests.Integration;

/// <summary>The whole-state evaluation of a step's extension (SIMD across components) gives each component's bits.</summary>
public class DenseStepTests
{
    [Property(MaxTest = 200)]
    public Property Evaluating_the_whole_state_gives_each_components_own_bits()
    {
        var cases = from n in Gen.Choose(1, 23)
                    from seed in Gen.Choose(0, int.MaxValue - 1)
                    select (n, seed);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var random = new Random(c.seed);
            var coefficients = new double[DenseStep.CoefficientsPerComponent * c.n];
            for (int k = 0; k < coefficients.Length; k++)
            {
                coefficients[k] = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-8, 8));
            }

            double t0 = random.NextDouble(), t1 = t0 + random.NextDouble(), t = t0 + ((t1 - t0) * random.NextDouble());
            var y = new double[c.n];
            DenseStep.Evaluate(coefficients, t0, t1, t, y);
            return Enumerable.Range(0, c.n).All(i =>
                BitConverter.DoubleToInt64Bits(y[i]) == BitConverter.DoubleToInt64Bits(DenseStep.Evaluate(coefficients, c.n, t0, t1, t, i)));
        });
    }
}
