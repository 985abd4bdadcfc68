namespace IonSim.Experiments;

/// <summary>Which values a swept quantity may take.</summary>
public enum SweepDomain
{
    /// <summary>Any finite number (for example a time offset).</summary>
    Any,

    /// <summary>Finite and at least 0 (concentrations, such as free Mg²⁺ in mM or Ca²⁺ in µM).</summary>
    NonNegative,

    /// <summary>Finite and greater than 0 (frequencies; anything spaced logarithmically).</summary>
    Positive,
}
