using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace IonSim.Integration;

/// <summary>
/// x^p for one fixed exponent p, inlined and short on the critical path: the step-size controller
/// needs err^(−α) on every step and the next step cannot start before it. With x = 2^e · m and
/// m = c_j (1 + r) for the centre c_j of the 1/128-wide interval holding the mantissa,
/// x^p = (2^e)^p · c_j^p · (1 + r)^p: two table entries and a degree-6 binomial series in |r| &lt; 1/256
/// (the table method of Tang, ACM TOMS 15, 1989, applied to a power instead of exp/log). Relative
/// error a few units in the last place, the same bits on every run.
/// </summary>
internal sealed class FixedPower
{
    /// <summary>The smallest binary exponent covered: x must lie in [2^-64, 2^64).</summary>
    public const int MinExponent = -64;

    private const int MantissaBits = 7;
    private const int Intervals = 1 << MantissaBits;
    private const int Exponents = 128;
    private const long MantissaMask = 0x000F_FFFF_FFFF_FFFF;
    private const long ExponentOfOne = 0x3FF0_0000_0000_0000;

    // 1/c_j for the middle c_j of mantissa interval j; the tables below use exactly this rounded value.
    private static readonly double[] InverseCentre = Table(Intervals, j => 1.0 / (1.0 + ((j + 0.5) / Intervals)));

    private readonly double[] _centrePower;
    private readonly double[] _binaryPower;
    private readonly double _b1, _b2, _b3, _b4, _b5, _b6;

    public FixedPower(double p)
    {
        Exponent = p;
        _centrePower = Table(Intervals, j => Math.Pow(InverseCentre[j], -p));
        _binaryPower = Table(Exponents, i => Math.Pow(Math.ScaleB(1.0, i + MinExponent), p));

        // Binomial coefficients C(p, k) of (1 + r)^p.
        _b1 = p;
        _b2 = _b1 * (p - 1) / 2;
        _b3 = _b2 * (p - 2) / 3;
        _b4 = _b3 * (p - 3) / 4;
        _b5 = _b4 * (p - 4) / 5;
        _b6 = _b5 * (p - 5) / 6;
    }

    /// <summary>Gets p.</summary>
    public double Exponent { get; }

    /// <summary>x^p for x in [2^-64, 2^64) (the caller keeps x there).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Of(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int e = (int)(bits >> 52) - 1023 - MinExponent;
        int j = (int)(bits >> (52 - MantissaBits)) & (Intervals - 1);
        double m = BitConverter.Int64BitsToDouble((bits & MantissaMask) | ExponentOfOne);
        double scale = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_centrePower), j)
            * Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_binaryPower), e);

        double r = Math.FusedMultiplyAdd(m, Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(InverseCentre), j), -1.0);
        double r2 = r * r;
        double series = (1.0 + (_b1 * r)) + (r2 * ((_b2 + (_b3 * r)) + (r2 * (_b4 + (_b5 * r) + (_b6 * r2)))));
        return scale * series;
    }

    private static double[] Table(int length, Func<int, double> entry)
    {
        var table = new double[length];
        for (int i = 0; i < length; i++)
        {
            table[i] = entry(i);
        }

        return table;
    }
}
