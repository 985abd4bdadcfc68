using IonSim.Integration;

namespace IonSim.Benchmarks.Integration;

/// <summary>
/// A 20-variable reversible binding network of our own, shaped like IonSim's muscle model without
/// the physiology: two ligands L and M compete for six pools of sites S_j (free, L-bound, M-bound),
///   L + S_j ⇌ LS_j (k_on,L j, k_off,L j),   M + S_j ⇌ MS_j (k_on,M j, k_off,M j),
/// with L and M free. State: [L, M, (S_j, LS_j, MS_j) for j = 0..5]. Total L, total M and each pool
/// are conserved. Rates span two decades so the problem is mildly stiff, as binding problems are.
/// </summary>
public sealed class BindingNetwork : IOdeSystem
{
    public const int Pools = 6;
    private static readonly double[] OnL = [0.5, 1.0, 2.0, 0.2, 0.8, 1.5];
    private static readonly double[] OffL = [0.05, 0.2, 1.0, 0.02, 0.5, 0.1];
    private static readonly double[] OnM = [0.1, 0.3, 0.05, 0.6, 0.2, 0.4];
    private static readonly double[] OffM = [0.3, 0.1, 0.02, 1.0, 0.05, 0.2];

    /// <inheritdoc/>
    public int Dimension => 2 + 3 * Pools;

    /// <summary>A start far from equilibrium: all ligand free, all sites empty.</summary>
    public static double[] Start()
    {
        var y = new double[2 + 3 * Pools];
        y[0] = 3.0;
        y[1] = 2.0;
        for (int j = 0; j < Pools; j++)
        {
            y[2 + 3 * j] = 1.0;
        }

        return y;
    }

    /// <inheritdoc/>
    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        double l = y[0], m = y[1];
        double dl = 0.0, dm = 0.0;
        for (int j = 0; j < Pools; j++)
        {
            int i = 2 + 3 * j;
            double s = y[i], ls = y[i + 1], ms = y[i + 2];
            double bindL = OnL[j] * l * s - OffL[j] * ls;
            double bindM = OnM[j] * m * s - OffM[j] * ms;
            dydt[i] = -bindL - bindM;
            dydt[i + 1] = bindL;
            dydt[i + 2] = bindM;
            dl -= bindL;
            dm -= bindM;
        }

        dydt[0] = dl;
        dydt[1] = dm;
    }
}
