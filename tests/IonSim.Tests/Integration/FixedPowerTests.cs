using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Integration;

namespace IonSim.Tests.Integration;

/// <summary>The controller's table power agrees with the library's to a few units in the last place over its whole range.</summary>
public class FixedPowerTests
{
    private static readonly FixedPower[] Powers = [new(-0.17), new(0.04), new(-0.085), new(0.02), new(-1.0 / 3)];

    // x = m·2^e for a uniform mantissa m in [1, 2) and e in [−64, 63]: every interval of the table, every exponent,
    // including both ends of the range (m = 1 at e = −64, m just below 2 at e = 63).
    [Property(MaxTest = 500)]
    public Property Agrees_with_Math_Pow(int mantissaSeed, int exponentSeed, int powerSeed)
    {
        double m = 1.0 + ((mantissaSeed & 0xFFFFF) / (double)(1 << 20));
        int e = FixedPower.MinExponent + (int)((uint)exponentSeed % 128);
        FixedPower power = Powers[(int)((uint)powerSeed % (uint)Powers.Length)];
        double x = Math.ScaleB(m, e);
        double expected = Math.Pow(x, power.Exponent);
        double relative = Math.Abs((power.Of(x) - expected) / expected);
        return (relative <= 1e-15).Label($"x = {x:R}, p = {power.Exponent}, relative error {relative:E2}");
    }

    [Fact]
    public void Range_ends_and_exact_powers_of_two()
    {
        foreach (FixedPower power in Powers)
        {
            foreach (double x in new[] { Math.ScaleB(1.0, -64), Math.BitDecrement(Math.ScaleB(1.0, 64)), 1.0, 0.5, 2.0, 1e-8, 1e-4, 1e5, Math.BitDecrement(1.0) })
            {
                double expected = Math.Pow(x, power.Exponent);
                Assert.True(Math.Abs((power.Of(x) - expected) / expected) <= 1e-15, $"x = {x:R}, p = {power.Exponent}");
            }
        }
    }
}
