namespace IonSim.Physiology;

/// <summary>
/// The steady state of troponin's regulatory units and cross-bridges at fixed free Ca²⁺ and Mg²⁺. The chain is linear in its
/// states at fixed ions but not in detailed balance (A₂ → D₂ is one-way), so the rest needs a linear solve rather than
/// equilibrium ratios. The 10×10 system is solved on the stack: the rest scan calls this hundreds of times.
/// </summary>
internal static class RegulatoryChain
{
    // Local order: T₀, CaT, CaCaT, MgT, D₀, D₁, D₂, A₁, A₂, CaMgT.
    private const int Size = 10;

    public static void SteadyState(in FiberConstants c, double ca, double mgSeen, Span<double> y)
    {
        // a = Qᵀ (row i collects the fluxes into state i), so a·x = 0 is stationarity.
        Span<double> a = stackalloc double[Size * Size];
        a.Clear();
        void Rate(Span<double> m, int from, int to, double k)
        {
            m[(to * Size) + from] += k;
            m[(from * Size) + from] -= k;
        }

        Rate(a, 0, 1, c.TroponinCaOn * ca);
        Rate(a, 1, 0, c.TroponinCaOff);
        Rate(a, 1, 2, c.TroponinCaOn * ca);
        Rate(a, 2, 1, c.TroponinCaOff);
        Rate(a, 0, 3, c.TroponinMgOn * mgSeen);
        Rate(a, 3, 0, c.TroponinMgOff);
        Rate(a, 4, 5, c.TroponinCaOn * ca);
        Rate(a, 5, 4, c.TroponinCaOff);
        Rate(a, 5, 6, c.TroponinCaOn * ca);
        Rate(a, 6, 5, c.TroponinCaOff);
        Rate(a, 2, 6, c.PermissiveOn);
        Rate(a, 6, 2, c.PermissiveOff);
        Rate(a, 4, 0, c.EmptyPermissiveOff);
        Rate(a, 5, 1, c.EmptyPermissiveOff);
        Rate(a, 6, 7, c.Attach);
        Rate(a, 7, 6, c.Detach);
        Rate(a, 7, 8, c.PowerStroke);
        Rate(a, 8, 7, c.ReversePowerStroke);
        Rate(a, 8, 6, c.Cycle);
        Rate(a, 1, 9, c.TroponinMgOn * mgSeen);
        Rate(a, 9, 1, c.TroponinMgOff);

        // One balance equation is redundant: replace it by Σx = total.
        Span<double> b = stackalloc double[Size];
        b.Clear();
        a.Slice((Size - 1) * Size, Size).Fill(1.0);
        b[Size - 1] = c.TroponinTotal;
        Solve(a, b);

        y[StateIndex.RegulatoryOneCalcium] = b[1];
        y[StateIndex.RegulatoryTwoCalcium] = b[2];
        y[StateIndex.RegulatoryMagnesium] = b[3];
        y[StateIndex.PermissiveNoCalcium] = b[4];
        y[StateIndex.PermissiveOneCalcium] = b[5];
        y[StateIndex.PermissiveTwoCalcium] = b[6];
        y[StateIndex.CrossBridgePreStroke] = b[7];
        y[StateIndex.CrossBridgePostStroke] = b[8];
        y[StateIndex.RegulatoryCalciumMagnesium] = b[9];
    }

    /// <summary>Gaussian elimination with partial pivoting; the solution replaces <paramref name="b"/>.</summary>
    private static void Solve(Span<double> a, Span<double> b)
    {
        for (int col = 0; col < Size; col++)
        {
            int pivot = col;
            for (int row = col + 1; row < Size; row++)
            {
                if (Math.Abs(a[(row * Size) + col]) > Math.Abs(a[(pivot * Size) + col]))
                {
                    pivot = row;
                }
            }

            if (pivot != col)
            {
                for (int k = 0; k < Size; k++)
                {
                    (a[(col * Size) + k], a[(pivot * Size) + k]) = (a[(pivot * Size) + k], a[(col * Size) + k]);
                }

                (b[col], b[pivot]) = (b[pivot], b[col]);
            }

            double diagonal = a[(col * Size) + col];
            for (int row = col + 1; row < Size; row++)
            {
                double factor = a[(row * Size) + col] / diagonal;
                if (factor == 0)
                {
                    continue;
                }

                for (int k = col; k < Size; k++)
                {
                    a[(row * Size) + k] -= factor * a[(col * Size) + k];
                }

                b[row] -= factor * b[col];
            }
        }

        for (int row = Size - 1; row >= 0; row--)
        {
            double sum = b[row];
            for (int k = row + 1; k < Size; k++)
            {
                sum -= a[(row * Size) + k] * b[k];
            }

            b[row] = sum / a[(row * Size) + row];
        }
    }
}
