namespace IonSim.Physiology;

/// <summary>
/// The default sub-records of <see cref="FiberParameters"/>. Sources are documented on the properties that use them
/// and in docs/model.md; this class only holds the numbers once.
/// </summary>
internal static class FastTwitchDefaults
{
    public static readonly CompetitiveSiteParameters Parvalbumin = new()
    {
        TotalMicromolar = 1500,
        CalciumOnRatePerMicromolarPerMs = 0.0417,
        CalciumOffRatePerMs = 0.0005,
        MagnesiumOnRatePerMicromolarPerMs = 3.3e-5,
        MagnesiumOffRatePerMs = 0.003,
    };

    // K_d,Ca 2 nM and K_d,Mg 20 µM (Potter & Gergely 1975, whole troponin); rates assumed parvalbumin-like.
    public static readonly CompetitiveSiteParameters TroponinCaMgSites = new()
    {
        TotalMicromolar = 280,
        CalciumOnRatePerMicromolarPerMs = 0.0417,
        CalciumOffRatePerMs = 0.0417 * 0.002,
        MagnesiumOnRatePerMicromolarPerMs = 0.003 / 20.0,
        MagnesiumOffRatePerMs = 0.003,
    };

    public static readonly AtpParameters Atp = new()
    {
        TotalMicromolar = 8000,
        CalciumDissociationMicromolar = 30.0 / 0.15,
        MagnesiumOnRatePerMicromolarPerMs = 0.0015,
        MagnesiumOffRatePerMs = 0.15,
    };

    public static readonly TroponinParameters Troponin = new()
    {
        TotalMicromolar = 140,
        CalciumOnRatePerMicromolarPerMs = 0.079,
        CalciumOffRatePerMs = 0.17,
        MagnesiumOnRatePerMicromolarPerMs = 3.3e-5,
        MagnesiumOffRatePerMs = 3.3e-5 * 2300.0,
        PermissiveOnRatePerMs = 0.021,
        PermissiveOffRatePerMs = 0.016,
        EmptyPermissiveOffRatePerMs = 0.03,
        AttachRatePerMs = 1.5,
        DetachRatePerMs = 15,
        PowerStrokeRatePerMs = 0.24,
        ReversePowerStrokeRatePerMs = 0.18,
        CycleRatePerMs = 0.12,
        NeighbourCooperativity = 16.8,
        CrossBridgeCooperativity = 5.4,
    };

    public static readonly MechanicsParameters Mechanics = new()
    {
        SeriesComplianceFractionOfLength = 0.13,
        MaxShorteningVelocityLengthsPerSecond = 4.2,
        HillCurvatureRatio = 0.2,
        RegularisationForceFraction = 0.01,
    };

    public static readonly CalsequestrinParameters Calsequestrin = new()
    {
        TotalMicromolar = 31_000,
        CalciumOnRatePerMicromolarPerMs = 1e-3,
        CalciumOffRatePerMs = 1.25,
    };

    public static readonly SercaParameters Serca = new()
    {
        MaxRateMicromolarPerMs = 6.2,
        HalfSaturationMicromolar = 1,
        HillCoefficient = 1,
        MagnesiumHalfActivationMillimolar = 0.1,
    };

    public static readonly ReleaseParameters Release = new()
    {
        StimulusPermeabilityPerMs = 0.2368,
        ActivationWidthMs = 3.15,
        RestingPermeabilityPerMs = 1.103e-4,
        LeakPermeabilityPerMs = 2 * 2e-5 / (0.008207 + 0.8125),
        CalciumInducedPermeabilityPerMs = 0.004,
        StimulusMagnesiumHalfInhibitionMillimolar = 0.85,
        MagnesiumInhibitionHill = 1,
        RestingMagnesiumHalfInhibitionMillimolar = 0.085,
        ActivatingSiteCalciumMicromolar = 0.29,
        ActivatingSiteMagnesiumMicromolar = 21.6,
        InhibitorySiteCalciumMicromolar = 293,
        InhibitorySiteMagnesiumMicromolar = 299,
    };

    public static readonly InactivationParameters Inactivation = new()
    {
        OnsetRatePerMs = 0.45,
        HalfCalciumMicromolar = 10.1,
        Hill = 2,
        RecoveryRatePerMs = 0.0071,
    };
}
