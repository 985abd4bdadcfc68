namespace IonSim.Physiology;

/// <summary>
/// The closed-form pieces shared by the right-hand side and the rest solver, so both use one definition.
/// </summary>
internal static class FiberKinetics
{
    /// <summary>
    /// Splits the pool P = Ca + CaATP when Ca–ATP is at equilibrium: Ca + A·Ca/(K + Ca) = P with A the ATP not bound to Mg²⁺.
    /// The positive root of Ca² + (K + A − P)·Ca − K·P = 0, written so that neither branch cancels digits.
    /// </summary>
    public static double FreeCalcium(double pool, double atpNotMagnesiumBound, double dissociation)
    {
        double b = dissociation + atpNotMagnesiumBound - pool;
        double root = Math.Sqrt(Math.Max((b * b) + (4 * dissociation * pool), 0));
        return b >= 0 ? 2 * dissociation * pool / (b + root) : (root - b) / 2;
    }

    /// <summary>
    /// Hill activation xⁿ/(xⁿ + Kⁿ), 0 for x ≤ 0 (negative round-off must not reach a fractional power). The exponents the
    /// presets use (SERCA n = 1, inactivation n = 2) take one division and no <see cref="Math.Pow(double, double)"/>.
    /// </summary>
    public static double Hill(double x, double half, double n)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (n == 1)
        {
            return x / (x + half);
        }

        if (n == 2)
        {
            double x2 = x * x;
            return x2 / (x2 + (half * half));
        }

        double r = Math.Pow(x / half, n);
        return r / (1 + r);
    }

    /// <summary>
    /// qⁿ for q ≥ 0, with the integer exponents the presets use (n = 1 for RyR1's Mg²⁺ inhibition) as multiplications:
    /// <see cref="Math.Pow(double, double)"/> in the Hill terms was ≈ 5 % of a simulation.
    /// </summary>
    public static double Power(double q, double n) => n switch
    {
        1 => q,
        2 => q * q,
        _ => Math.Pow(q, n),
    };

    /// <summary>1/(1 + (Mg/K)ⁿ) divided by its value at the reference Mg²⁺, so that it is 1 there.</summary>
    public static double NormalisedMagnesiumInhibition(double mg, double mgReference, double half, double n)
    {
        double at = Power(mg / half, n);
        double atReference = Power(mgReference / half, n);
        return (1 + atReference) / (1 + Math.Max(at, 0));
    }

    /// <summary>SERCA's Mg²⁺ factor, [Mg/(K + Mg)] / [Mg_ref/(K + Mg_ref)].</summary>
    public static double SercaMagnesiumFactor(double mg, double mgReference, double half)
    {
        double m = Math.Max(mg, 0);
        return m / (half + m) * (half + mgReference) / mgReference;
    }

    /// <summary>
    /// Permeability of the RyR channels that are not driven by the stimulus (resting + Ca²⁺-induced), before inactivation.
    /// The A-site is activated by Ca²⁺ with Mg²⁺ competing; the I-site binds either ion and closes the channel.
    /// </summary>
    /// <param name="c">The fiber's constants.</param>
    /// <param name="ca">Free Ca²⁺, µM.</param>
    /// <param name="ryr">The channel's Mg²⁺ terms at the Mg²⁺ it sees (<see cref="FiberConstants.RyrAt"/>).</param>
    /// <returns>The permeability, ms⁻¹.</returns>
    public static double UnstimulatedPermeability(in FiberConstants c, double ca, in RyrMagnesium ryr)
    {
        // activation·inhibition = caA/(1 + caA + Mg/K_A,Mg) · 1/(1 + Ca/K_I,Ca + Mg/K_I,Mg), as one division.
        double caPos = Math.Max(ca, 0);
        double caA = caPos * c.InverseActivatingSiteCalcium;
        double activationDenominator = 1 + caA + ryr.ActivatingSiteTerm;
        double inhibitionDenominator = 1 + (caPos * c.InverseInhibitorySiteCalcium) + ryr.InhibitorySiteTerm;
        return ryr.RestingPermeability + (c.CicrPermeability * caA / (activationDenominator * inhibitionDenominator));
    }

    /// <summary>The stimulus-driven permeability's Mg²⁺ factor.</summary>
    public static double StimulusMagnesiumFactor(in FiberConstants c, double mgRyr) =>
        NormalisedMagnesiumInhibition(mgRyr, c.ReferenceMagnesium, c.StimulusMagnesiumHalf, c.MagnesiumHill);

    /// <summary>SERCA uptake, µM/ms of myoplasm, given its Mg²⁺ factor (<see cref="FiberConstants.SercaFactorAt"/>).</summary>
    public static double Uptake(in FiberConstants c, double ca, double sercaMagnesiumFactor) =>
        c.SercaMaxRate * Hill(ca, c.SercaHalf, c.SercaHill) * sercaMagnesiumFactor;

    /// <summary>Onset drive of inactivation, k_inact·Caⁿ/(Caⁿ + Kⁿ), ms⁻¹.</summary>
    public static double InactivationOnset(in FiberConstants c, double ca) =>
        c.InactivationOnset * Hill(ca, c.InactivationHalf, c.InactivationHill);

    /// <summary>Thin-filament cooperativity 1 + γ_RU·φ, with φ the permissive fraction of regulatory units.</summary>
    public static double NeighbourFactor(in FiberConstants c, double permissiveFraction) => 1 + (c.NeighbourCooperativity * permissiveFraction);

    /// <summary>Cross-bridge feedback 1 + γ_XB·ξ, with ξ the attached cross-bridges relative to saturation.</summary>
    public static double CrossBridgeFactor(in FiberConstants c, double attachedFraction) => 1 + (c.CrossBridgeCooperativity * attachedFraction);

    /// <summary>
    /// Rate of measured tension, ms⁻¹: the contractile element's Hill velocity stretching the series spring,
    /// (κ·v_max/c)·(a − P)/(P + κ·a + ε), with a the active state and P the tension.
    /// </summary>
    public static double TensionRate(in FiberConstants c, double activeState, double tension) =>
        c.TensionRateScale * (activeState - tension) / (Math.Max(tension, 0) + (c.HillCurvatureRatio * Math.Max(activeState, 0)) + c.RegularisationForceFraction);
}
