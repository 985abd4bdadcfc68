using MathNet.Numerics.LinearAlgebra;

namespace IonSim.Physiology;

/// <summary>
/// The steady state of troponin's regulatory units and cross-bridges at fixed free Ca²⁺ and Mg²⁺. The chain is linear in its
/// states at fixed ions but not in detailed balance (A₂ → D₂ is one-way), so the rest needs a linear solve rather than
/// equilibrium ratios.
/// </summary>
internal static class RegulatoryChain
{
    // Local order: T₀, CaT, CaCaT, MgT, D₀, D₁, D₂, A₁, A₂, CaMgT.
    private const int Size = 10;

    public static void SteadyState(in FiberConstants c, double ca, double mgSeen, Span<double> y)
    {
        var q = Matrix<double>.Build.Dense(Size, Size);
        void Rate(int from, int to, double k)
        {
            q[from, to] += k;
            q[from, from] -= k;
        }

        Rate(0, 1, c.TroponinCaOn * ca);
        Rate(1, 0, c.TroponinCaOff);
        Rate(1, 2, c.TroponinCaOn * ca);
        Rate(2, 1, c.TroponinCaOff);
        Rate(0, 3, c.TroponinMgOn * mgSeen);
        Rate(3, 0, c.TroponinMgOff);
        Rate(4, 5, c.TroponinCaOn * ca);
        Rate(5, 4, c.TroponinCaOff);
        Rate(5, 6, c.TroponinCaOn * ca);
        Rate(6, 5, c.TroponinCaOff);
        Rate(2, 6, c.PermissiveOn);
        Rate(6, 2, c.PermissiveOff);
        Rate(4, 0, c.EmptyPermissiveOff);
        Rate(5, 1, c.EmptyPermissiveOff);
        Rate(6, 7, c.Attach);
        Rate(7, 6, c.Detach);
        Rate(7, 8, c.PowerStroke);
        Rate(8, 7, c.ReversePowerStroke);
        Rate(8, 6, c.Cycle);
        Rate(1, 9, c.TroponinMgOn * mgSeen);
        Rate(9, 1, c.TroponinMgOff);

        // Stationary distribution: xᵀQ = 0 with Σx = total; one balance equation is redundant and makes room for the sum.
        var a = q.Transpose();
        a.SetRow(Size - 1, Vector<double>.Build.Dense(Size, 1.0));
        var b = Vector<double>.Build.Dense(Size);
        b[Size - 1] = c.TroponinTotal;
        var x = a.Solve(b);

        y[StateIndex.RegulatoryOneCalcium] = x[1];
        y[StateIndex.RegulatoryTwoCalcium] = x[2];
        y[StateIndex.RegulatoryMagnesium] = x[3];
        y[StateIndex.RegulatoryCalciumMagnesium] = x[9];
        y[StateIndex.PermissiveNoCalcium] = x[4];
        y[StateIndex.PermissiveOneCalcium] = x[5];
        y[StateIndex.PermissiveTwoCalcium] = x[6];
        y[StateIndex.CrossBridgePreStroke] = x[7];
        y[StateIndex.CrossBridgePostStroke] = x[8];
    }
}
