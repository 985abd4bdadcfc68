using IonSim.Experiments.Studies;

namespace IonSim.Tests.Experiments.Studies;

public class SobolSequenceTests
{
    [Fact]
    public void The_first_points_in_two_dimensions_are_the_published_Gray_code_sequence()
    {
        // Joe & Kuo's generator (and every unscrambled Sobol' implementation in Gray-code order) starts with these eight points.
        double[][] expected = [[0, 0], [0.5, 0.5], [0.75, 0.25], [0.25, 0.75], [0.375, 0.375], [0.875, 0.875], [0.625, 0.125], [0.125, 0.625]];
        var sobol = new SobolSequence(2);
        for (uint i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], sobol.Point(i));
        }
    }

    [Fact]
    public void Every_dimension_puts_one_of_the_first_2_to_the_m_points_in_each_dyadic_interval()
    {
        // A digital (t, m, s)-net in base 2 has every one-dimensional projection a (0, m, 1)-net: the first 2^m points of each
        // coordinate are exactly {k / 2^m}. This holds only if every dimension's direction numbers are odd and read correctly.
        var sobol = new SobolSequence(SobolSequence.MaxDimensions);
        const int m = 10;
        var seen = new bool[SobolSequence.MaxDimensions, 1 << m];
        var bits = new uint[SobolSequence.MaxDimensions];
        for (uint i = 0; i < 1 << m; i++)
        {
            sobol.PointBits(i, bits);
            for (int j = 0; j < bits.Length; j++)
            {
                Assert.Equal(0u, bits[j] & ((1u << (32 - m)) - 1));
                uint cell = bits[j] >> (32 - m);
                Assert.False(seen[j, cell], $"dimension {j + 1}: interval {cell} hit twice");
                seen[j, cell] = true;
            }
        }
    }

    [Fact]
    public void The_first_two_dimensions_form_a_0_m_2_net()
    {
        // Dimensions 1 and 2 have t = 0: every rectangle [a/2^k, (a+1)/2^k) × [b/2^(m−k), (b+1)/2^(m−k)) holds exactly one of the first 2^m points.
        var sobol = new SobolSequence(2);
        const int m = 8;
        for (int k = 0; k <= m; k++)
        {
            var seen = new HashSet<(uint, uint)>();
            for (uint i = 0; i < 1 << m; i++)
            {
                double[] x = sobol.Point(i);
                Assert.True(seen.Add(((uint)(x[0] * (1 << k)), (uint)(x[1] * (1 << (m - k))))), $"k = {k}: a box holds two points");
            }
        }
    }

    [Fact]
    public void Dimension_3_is_its_table_row_extended_by_the_recurrence()
    {
        // Row "3 2 1 1 3": s = 2, a = 1, m = (1, 3); the recurrence gives m_3 = 2·a·m_2 ⊕ 4·m_1 ⊕ m_1 = 6 ⊕ 4 ⊕ 1 = 3.
        // Point 1 (Gray code 1) is v_1 = 1/2; point 2 (Gray 3) is v_1 ⊕ v_2 = 1/2 ⊕ 3/4 = 1/4; point 4 (Gray 6) is v_2 ⊕ v_3 = 6/8 ⊕ 3/8 = 5/8.
        var sobol = new SobolSequence(3);
        Assert.Equal(0.5, sobol.Point(1)[2]);
        Assert.Equal(0.25, sobol.Point(2)[2]);
        Assert.Equal(0.625, sobol.Point(4)[2]);
    }
}
