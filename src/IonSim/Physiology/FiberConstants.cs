namespace IonSim.Physiology;

/// <summary>
/// The parameters flattened into plain fields in the model's units (µM, ms), so the right-hand side reads numbers
/// instead of walking nested records, and each mechanism's Mg²⁺ switch is resolved once.
/// </summary>
internal readonly struct FiberConstants
{
    public FiberConstants(FiberParameters p)
    {
        ReferenceMagnesium = p.ReferenceMagnesiumMillimolar * 1000;
        ClampedMagnesium = p.FreeMagnesiumMicromolar;
        DynamicMagnesium = p.MagnesiumMode == MagnesiumMode.Dynamic;
        RyrMagnesiumOn = p.IsOn(MagnesiumMechanisms.RyrInhibition);
        RegulatoryMagnesiumOn = p.IsOn(MagnesiumMechanisms.RegulatorySiteCompetition);
        TroponinCaMgMagnesiumOn = p.IsOn(MagnesiumMechanisms.TroponinCaMgSiteCompetition);
        ParvalbuminMagnesiumOn = p.IsOn(MagnesiumMechanisms.ParvalbuminCompetition);
        AtpMagnesiumOn = p.IsOn(MagnesiumMechanisms.AtpCompetition);
        SercaMagnesiumOn = p.IsOn(MagnesiumMechanisms.SercaDependence);

        VolumeRatio = p.SrToMyoplasmVolumeRatio;

        ParvalbuminTotal = p.Parvalbumin.TotalMicromolar;
        ParvalbuminCaOn = p.Parvalbumin.CalciumOnRatePerMicromolarPerMs;
        ParvalbuminCaOff = p.Parvalbumin.CalciumOffRatePerMs;
        ParvalbuminMgOn = p.Parvalbumin.MagnesiumOnRatePerMicromolarPerMs;
        ParvalbuminMgOff = p.Parvalbumin.MagnesiumOffRatePerMs;

        TncTotal = p.TroponinCaMgSites.TotalMicromolar;
        TncCaOn = p.TroponinCaMgSites.CalciumOnRatePerMicromolarPerMs;
        TncCaOff = p.TroponinCaMgSites.CalciumOffRatePerMs;
        TncMgOn = p.TroponinCaMgSites.MagnesiumOnRatePerMicromolarPerMs;
        TncMgOff = p.TroponinCaMgSites.MagnesiumOffRatePerMs;

        AtpTotal = p.Atp.TotalMicromolar;
        AtpCaDissociation = p.Atp.CalciumDissociationMicromolar;
        AtpMgOn = p.Atp.MagnesiumOnRatePerMicromolarPerMs;
        AtpMgOff = p.Atp.MagnesiumOffRatePerMs;

        var t = p.Troponin;
        TroponinTotal = t.TotalMicromolar;
        TroponinCaOn = t.CalciumOnRatePerMicromolarPerMs;
        TroponinCaOff = t.CalciumOffRatePerMs;
        TroponinMgOn = t.MagnesiumOnRatePerMicromolarPerMs;
        TroponinMgOff = t.MagnesiumOffRatePerMs;
        PermissiveOn = t.PermissiveOnRatePerMs;
        PermissiveOff = t.PermissiveOffRatePerMs;
        EmptyPermissiveOff = t.EmptyPermissiveOffRatePerMs;
        Attach = t.AttachRatePerMs;
        Detach = t.DetachRatePerMs;
        PowerStroke = t.PowerStrokeRatePerMs;
        ReversePowerStroke = t.ReversePowerStrokeRatePerMs;
        Cycle = t.CycleRatePerMs;
        NeighbourCooperativity = t.NeighbourCooperativity;
        CrossBridgeCooperativity = t.CrossBridgeCooperativity;
        AttachedAtSaturation = 1; // placeholder: in the saturating solve Ca²⁺ (10⁹ µM) never leaves troponin, so ξ's scale plays no part
        MaximalForceBearing = 1;

        CsqTotal = p.Calsequestrin.TotalMicromolar;
        CsqOn = p.Calsequestrin.CalciumOnRatePerMicromolarPerMs;
        CsqOff = p.Calsequestrin.CalciumOffRatePerMs;

        SercaMaxRate = p.Serca.MaxRateMicromolarPerMs;
        SercaHalf = p.Serca.HalfSaturationMicromolar;
        SercaHill = p.Serca.HillCoefficient;
        SercaMagnesiumHalf = p.Serca.MagnesiumHalfActivationMillimolar * 1000;

        var r = p.Release;
        StimulusPermeability = r.StimulusPermeabilityPerMs;
        ActivationWidth = r.ActivationWidthMs;
        RestingPermeability = r.RestingPermeabilityPerMs;
        LeakPermeability = r.LeakPermeabilityPerMs;
        CicrPermeability = r.CalciumInducedPermeabilityPerMs;
        StimulusMagnesiumHalf = r.StimulusMagnesiumHalfInhibitionMillimolar * 1000;
        RestingMagnesiumHalf = r.RestingMagnesiumHalfInhibitionMillimolar * 1000;
        MagnesiumHill = r.MagnesiumInhibitionHill;
        ActivatingSiteCalcium = r.ActivatingSiteCalciumMicromolar;
        ActivatingSiteMagnesium = r.ActivatingSiteMagnesiumMicromolar;
        InhibitorySiteCalcium = r.InhibitorySiteCalciumMicromolar;
        InhibitorySiteMagnesium = r.InhibitorySiteMagnesiumMicromolar;

        InactivationOnset = p.Inactivation.OnsetRatePerMs;
        InactivationHalf = p.Inactivation.HalfCalciumMicromolar;
        InactivationHill = p.Inactivation.Hill;
        InactivationRecovery = p.Inactivation.RecoveryRatePerMs;

        TensionRateScale = p.Mechanics.RateScalePerMs;
        HillCurvatureRatio = p.Mechanics.HillCurvatureRatio;
        RegularisationForceFraction = p.Mechanics.RegularisationForceFraction;

        // Reciprocals of the constants the right-hand side divides by, so it multiplies (a division costs several multiplications).
        InverseTroponinTotal = 1 / TroponinTotal;
        InverseVolumeRatio = 1 / VolumeRatio;
        InverseActivatingSiteCalcium = 1 / ActivatingSiteCalcium;
        InverseInhibitorySiteCalcium = 1 / InhibitorySiteCalcium;

        // The Mg²⁺-dependent factors at the clamp (or at the reference, for a mechanism switched off): constants unless
        // Mg²⁺ is dynamic, so the right-hand side reads them instead of recomputing them (RyrAt, SercaFactorAt).
        _ryrAtClamp = RyrMagnesium.At(this, Seen(RyrMagnesiumOn, ClampedMagnesium));
        _sercaFactorAtClamp = FiberKinetics.SercaMagnesiumFactor(Seen(SercaMagnesiumOn, ClampedMagnesium), ReferenceMagnesium, SercaMagnesiumHalf);

        // The saturating-Ca²⁺ steady state of the chain sets the scales of ξ and of the active state, so it is solved
        // once the rates above are in place.
        (AttachedAtSaturation, MaximalForceBearing) = RegulatoryChain.Saturated(this);
        InverseAttachedAtSaturation = 1 / AttachedAtSaturation;
    }

    private readonly RyrMagnesium _ryrAtClamp;
    private readonly double _sercaFactorAtClamp;

    public double ReferenceMagnesium { get; }
    public double ClampedMagnesium { get; }
    public bool DynamicMagnesium { get; }
    public bool RyrMagnesiumOn { get; }
    public bool RegulatoryMagnesiumOn { get; }
    public bool TroponinCaMgMagnesiumOn { get; }
    public bool ParvalbuminMagnesiumOn { get; }
    public bool AtpMagnesiumOn { get; }
    public bool SercaMagnesiumOn { get; }
    public double VolumeRatio { get; }
    public double ParvalbuminTotal { get; }
    public double ParvalbuminCaOn { get; }
    public double ParvalbuminCaOff { get; }
    public double ParvalbuminMgOn { get; }
    public double ParvalbuminMgOff { get; }
    public double TncTotal { get; }
    public double TncCaOn { get; }
    public double TncCaOff { get; }
    public double TncMgOn { get; }
    public double TncMgOff { get; }
    public double AtpTotal { get; }
    public double AtpCaDissociation { get; }
    public double AtpMgOn { get; }
    public double AtpMgOff { get; }
    public double TroponinTotal { get; }
    public double TroponinCaOn { get; }
    public double TroponinCaOff { get; }
    public double TroponinMgOn { get; }
    public double TroponinMgOff { get; }
    public double PermissiveOn { get; }
    public double PermissiveOff { get; }
    public double EmptyPermissiveOff { get; }
    public double Attach { get; }
    public double Detach { get; }
    public double PowerStroke { get; }
    public double ReversePowerStroke { get; }
    public double Cycle { get; }
    public double NeighbourCooperativity { get; }
    public double CrossBridgeCooperativity { get; }

    /// <summary>Attached cross-bridges A₁ + A₂ at saturating Ca²⁺, µM: the unit of ξ.</summary>
    public double AttachedAtSaturation { get; }

    /// <summary>A₂ at saturating Ca²⁺, µM: the unit of the active state.</summary>
    public double MaximalForceBearing { get; }
    public double TensionRateScale { get; }
    public double HillCurvatureRatio { get; }
    public double RegularisationForceFraction { get; }
    public double CsqTotal { get; }
    public double CsqOn { get; }
    public double CsqOff { get; }
    public double SercaMaxRate { get; }
    public double SercaHalf { get; }
    public double SercaHill { get; }
    public double SercaMagnesiumHalf { get; }
    public double StimulusPermeability { get; }
    public double ActivationWidth { get; }
    public double RestingPermeability { get; }
    public double LeakPermeability { get; }
    public double CicrPermeability { get; }
    public double StimulusMagnesiumHalf { get; }
    public double RestingMagnesiumHalf { get; }
    public double MagnesiumHill { get; }
    public double ActivatingSiteCalcium { get; }
    public double ActivatingSiteMagnesium { get; }
    public double InhibitorySiteCalcium { get; }
    public double InhibitorySiteMagnesium { get; }
    public double InactivationOnset { get; }
    public double InactivationHalf { get; }
    public double InactivationHill { get; }
    public double InactivationRecovery { get; }

    /// <summary>1/<see cref="TroponinTotal"/>, µM⁻¹.</summary>
    public double InverseTroponinTotal { get; }

    /// <summary>1/<see cref="VolumeRatio"/>.</summary>
    public double InverseVolumeRatio { get; }

    /// <summary>1/<see cref="ActivatingSiteCalcium"/>, µM⁻¹.</summary>
    public double InverseActivatingSiteCalcium { get; }

    /// <summary>1/<see cref="InhibitorySiteCalcium"/>, µM⁻¹.</summary>
    public double InverseInhibitorySiteCalcium { get; }

    /// <summary>1/<see cref="AttachedAtSaturation"/>, µM⁻¹.</summary>
    public double InverseAttachedAtSaturation { get; }

    /// <summary>The free Mg²⁺ a mechanism sees: the fiber's (state or clamp) when switched on, else the reference.</summary>
    public double Seen(bool on, double mgFree) => on ? mgFree : ReferenceMagnesium;

    /// <summary>
    /// RyR1's Mg²⁺ terms at the fiber's free Mg²⁺ <paramref name="mgFree"/> (the clamp, unless Mg²⁺ is dynamic): computed
    /// only when they vary, i.e. with dynamic Mg²⁺ and the RyR switch on.
    /// </summary>
    public RyrMagnesium RyrAt(double mgFree) => DynamicMagnesium && RyrMagnesiumOn ? RyrMagnesium.At(this, mgFree) : _ryrAtClamp;

    /// <summary>SERCA's Mg²⁺ factor at the fiber's free Mg²⁺ <paramref name="mgFree"/> (the clamp, unless Mg²⁺ is dynamic).</summary>
    public double SercaFactorAt(double mgFree) => DynamicMagnesium && SercaMagnesiumOn
        ? FiberKinetics.SercaMagnesiumFactor(mgFree, ReferenceMagnesium, SercaMagnesiumHalf)
        : _sercaFactorAtClamp;
}
