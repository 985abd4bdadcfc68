using System.Globalization;
using System.Reflection;

namespace IonSim.Experiments.Studies;

/// <summary>
/// The Sobol' low-discrepancy sequence in up to <see cref="MaxDimensions"/> dimensions, with the direction numbers of
/// Joe &amp; Kuo (SIAM J. Sci. Comput. 30:2635–2654, 2008, the "new-joe-kuo-6.21201" set; licence in JOE-KUO-LICENCE.txt).
/// </summary>
/// <remarks>
/// <para>Dimension 1 is van der Corput's sequence in base 2; dimension j &gt; 1 takes the primitive polynomial of degree s
/// with interior coefficients a and the initial numbers m₁…m_s from the table, and extends them by Bratley &amp; Fox's
/// recurrence (ACM TOMS 14:88–100, 1988): v_k = v_{k−s} ⊕ (v_{k−s} ≫ s) ⊕ ⊕_{i=1}^{s−1} a_i v_{k−i}, with v_k = m_k / 2^k.</para>
/// <para>Point i is computed directly, in Gray-code order (Antonov &amp; Saleev 1979): x_i = ⊕ v_k over the set bits k of
/// i ⊕ (i ≫ 1). This is the order Joe &amp; Kuo's own generator produces, and any point can be had without the ones before it,
/// so a shard computes only its own points. 32 bits per coordinate: at most 2³² points.</para>
/// </remarks>
internal sealed class SobolSequence
{
    /// <summary>The most dimensions the shipped table supports.</summary>
    public const int MaxDimensions = 201;

    private const int Bits = 32;
    private static readonly Lazy<uint[][]> Table = new(LoadDirections);
    private readonly uint[][] directions;

    /// <summary>A sequence in <paramref name="dimensions"/> dimensions.</summary>
    public SobolSequence(int dimensions)
    {
        if (dimensions < 1 || dimensions > MaxDimensions)
        {
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions, $"A Sobol' sequence here has 1 to {MaxDimensions} dimensions, but {dimensions} were asked for.");
        }

        directions = Table.Value[..dimensions];
    }

    /// <summary>The number of dimensions.</summary>
    public int Dimensions => directions.Length;

    /// <summary>Point <paramref name="index"/> as 32-bit integers (coordinate × 2³²), for digital shifts.</summary>
    public void PointBits(uint index, Span<uint> destination)
    {
        uint gray = index ^ (index >> 1);
        for (int j = 0; j < directions.Length; j++)
        {
            uint x = 0;
            uint[] v = directions[j];
            for (int k = 0; gray >> k != 0; k++)
            {
                if (((gray >> k) & 1) != 0)
                {
                    x ^= v[k];
                }
            }

            destination[j] = x;
        }
    }

    /// <summary>Point <paramref name="index"/> in [0, 1)^d.</summary>
    public double[] Point(uint index)
    {
        var bits = new uint[directions.Length];
        PointBits(index, bits);
        return [.. bits.Select(ToUnit)];
    }

    /// <summary>A 32-bit coordinate as a number in [0, 1).</summary>
    public static double ToUnit(uint bits) => bits / 4294967296.0;

    private static uint[][] LoadDirections()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("IonSim.Experiments.Studies.new-joe-kuo-6.21201.head201")
            ?? throw new InvalidOperationException("The Sobol' direction numbers are missing from the IonSim assembly.");
        using var reader = new StreamReader(stream);
        var table = new uint[MaxDimensions][];

        // Dimension 1: every m_k = 1, so v_k = 2^(32−k).
        table[0] = [.. Enumerable.Range(1, Bits).Select(k => 1u << (Bits - k))];
        reader.ReadLine();
        for (int j = 1; j < MaxDimensions; j++)
        {
            string line = reader.ReadLine() ?? throw new InvalidOperationException($"The Sobol' direction table ends before dimension {j + 1}.");
            uint[] fields = [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => uint.Parse(f, CultureInfo.InvariantCulture))];
            int s = (int)fields[1];
            uint a = fields[2];
            var v = new uint[Bits];
            for (int k = 1; k <= Bits; k++)
            {
                if (k <= s)
                {
                    v[k - 1] = fields[2 + k] << (Bits - k);
                    continue;
                }

                uint value = v[k - s - 1] ^ (v[k - s - 1] >> s);
                for (int i = 1; i < s; i++)
                {
                    if (((a >> (s - 1 - i)) & 1) != 0)
                    {
                        value ^= v[k - i - 1];
                    }
                }

                v[k - 1] = value;
            }

            table[j] = v;
        }

        return table;
    }
}
