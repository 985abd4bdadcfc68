namespace IonSim.Physiology;

/// <summary>
/// The steady state of troponin's regulatory units and cross-bridges at fixed free Ca²⁺ and Mg²⁺. At fixed ions and fixed
/// cooperative factors the chain is linear (but not in detailed balance: A₂ → D₂ is one-way), so each factor setting needs a
/// 10×10 linear solve, done on the stack. The factors depend on the chain's own permissive fraction φ and attached fraction ξ;
/// the map (φ, ξ) ↦ (φ′, ξ′) is monotone increasing, so iterating it from (0, 0) climbs to its least fixed point: the relaxed
/// branch, which is the one a fibre reaches from rest (the same convention as the rest state's lowest stable root).
/// </summary>
internal static class RegulatoryChain
{
    // Local order: T₀, CaT, CaCaT, MgT, D₀, D₁, D₂, A₁, A₂, CaMgT.
    private const int Size = 10;
    private const int MaxIterations = 20_000;
    private const double Tolerance = 1e-13;

    /// <summary>The attached cross-bridges (A₁ + A₂) and A₂ at saturating Ca²⁺, µM.</summary>
    public static (double Attached, double ForceBearing) Saturated(in FiberConstants c)
    {
        Span<double> y = stackalloc double[StateIndex.Count];
        Solve(c, 1e9, 0, y);
        return (y[StateIndex.CrossBridgePreStroke] + y[StateIndex.CrossBridgePostStroke], y[StateIndex.CrossBridgePostStroke]);
    }

    public static void SteadyState(in FiberConstants c, double ca, double mgSeen, Span<double> y) => Solve(c, ca, mgSeen, y);

    /// <summary>
    /// The fixed point reached from (φ, ξ) = (<paramref name="phi"/>, <paramref name="xi"/>): from (0, 0) the least (the relaxed branch),
    /// from (1, 1) the greatest; where they differ the chain is bistable (the tests compare the two).
    /// </summary>
    internal static void Solve(in FiberConstants c, double ca, double mgSeen, Span<double> y, double phi = 0, double xi = 0)
    {
        Span<double> x = stackalloc double[Size];
        for (int iteration = 0; ; iteration++)
        {
            Linear(c, ca, mgSeen, phi, xi, x);
            double phiNext = (x[4] + x[5] + x[6] + x[7] + x[8]) / c.TroponinTotal;
            double xiNext = (x[7] + x[8]) / c.AttachedAtSaturation;
            // ξ is a fraction, except in the saturating solve that defines its scale, where it is in µM (≈ 20): there an
            // absolute 1e-13 is a few ulps, below the round-off of a solve with 10⁸ ms⁻¹ binding rates, and the iteration
            // could cycle between two neighbouring doubles forever (0.2 % of fibres in the studies' ranges). Relative, then.
            bool converged = Math.Abs(phiNext - phi) <= Tolerance && Math.Abs(xiNext - xi) <= Tolerance * Math.Max(1, Math.Abs(xiNext));
            phi = phiNext;
            xi = xiNext;
            if (converged)
            {
                break;
            }

            if (iteration == MaxIterations)
            {
                throw new InvalidOperationException(FormattableString.Invariant(
                    $"The regulatory chain's cooperative steady state did not converge in {MaxIterations} iterations at free Ca²⁺ {ca} µM (φ {phi}, ξ {xi})."));
            }
        }

        y[StateIndex.RegulatoryOneCalcium] = x[1];
        y[StateIndex.RegulatoryTwoCalcium] = x[2];
        y[StateIndex.RegulatoryMagnesium] = x[3];
        y[StateIndex.PermissiveNoCalcium] = x[4];
        y[StateIndex.PermissiveOneCalcium] = x[5];
        y[StateIndex.PermissiveTwoCalcium] = x[6];
        y[StateIndex.CrossBridgePreStroke] = x[7];
        y[StateIndex.CrossBridgePostStroke] = x[8];
        y[StateIndex.RegulatoryCalciumMagnesium] = x[9];
    }

    /// <summary>The chain's steady state with the cooperative factors held at those of (φ, ξ).</summary>
    private static void Linear(in FiberConstants c, double ca, double mgSeen, double phi, double xi, Span<double> b)
    {
        // a = Qᵀ (row i collects the fluxes into state i), so a·x = 0 is stationarity.
        Span<double> a = stackalloc double[Size * Size];
        a.Clear();
        static void Rate(Span<double> m, int from, int to, double k)
        {
            m[(to * Size) + from] += k;
            m[(from * Size) + from] -= k;
        }

        double neighbours = FiberKinetics.NeighbourFactor(c, phi);
        double permissiveCaOff = c.TroponinCaOff / FiberKinetics.CrossBridgeFactor(c, xi);
        Rate(a, 0, 1, c.TroponinCaOn * ca);
        Rate(a, 1, 0, c.TroponinCaOff);
        Rate(a, 1, 2, c.TroponinCaOn * ca);
        Rate(a, 2, 1, c.TroponinCaOff);
        Rate(a, 0, 3, c.TroponinMgOn * mgSeen);
        Rate(a, 3, 0, c.TroponinMgOff);
        Rate(a, 4, 5, c.TroponinCaOn * ca);
        Rate(a, 5, 4, permissiveCaOff);
        Rate(a, 5, 6, c.TroponinCaOn * ca);
        Rate(a, 6, 5, permissiveCaOff);
        Rate(a, 2, 6, c.PermissiveOn * neighbours);
        Rate(a, 6, 2, c.PermissiveOff / neighbours);
        Rate(a, 4, 0, c.EmptyPermissiveOff / neighbours);
        Rate(a, 5, 1, c.EmptyPermissiveOff / neighbours);
        Rate(a, 6, 7, c.Attach);
        Rate(a, 7, 6, c.Detach);
        Rate(a, 7, 8, c.PowerStroke);
        Rate(a, 8, 7, c.ReversePowerStroke);
        Rate(a, 8, 6, c.Cycle);
        Rate(a, 1, 9, c.TroponinMgOn * mgSeen);
        Rate(a, 9, 1, c.TroponinMgOff);

        // One balance equation is redundant: replace it by Σx = total.
        b.Clear();
        a.Slice((Size - 1) * Size, Size).Fill(1.0);
        b[Size - 1] = c.TroponinTotal;
        Gauss(a, b);
    }

    /// <summary>Gaussian elimination with partial pivoting; the solution replaces <paramref name="b"/>.</summary>
    private static void Gauss(Span<double> a, Span<double> b)
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
