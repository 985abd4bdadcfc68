namespace IonSim.Physiology;

/// <summary>
/// The Mg²⁺ actions of the model, each of which can be switched off on its own. A mechanism that is switched off does not
/// vanish: it sees the reference Mg²⁺ (<see cref="FiberParameters.ReferenceMagnesiumMillimolar"/>, 1 mM by default) instead
/// of the fiber's Mg²⁺, so a normal fiber is identical whatever the switches, and a low-Mg²⁺ fiber with only one switch on
/// shows that one mechanism's effect in isolation.
/// </summary>
[Flags]
public enum MagnesiumMechanisms
{
    /// <summary>Every mechanism sees the reference Mg²⁺.</summary>
    None = 0,

    /// <summary>Mg²⁺ inhibition of RyR1 release (stimulus-driven and resting) and Mg²⁺ competition at the RyR A- and I-sites.</summary>
    RyrInhibition = 1,

    /// <summary>Mg²⁺ competing with Ca²⁺ at troponin's Ca²⁺-specific regulatory sites.</summary>
    RegulatorySiteCompetition = 2,

    /// <summary>Mg²⁺ competing with Ca²⁺ at troponin C's Ca²⁺/Mg²⁺ sites (III/IV).</summary>
    TroponinCaMgSiteCompetition = 4,

    /// <summary>Mg²⁺ competing with Ca²⁺ at parvalbumin.</summary>
    ParvalbuminCompetition = 8,

    /// <summary>Mg²⁺ competing with Ca²⁺ for ATP.</summary>
    AtpCompetition = 16,

    /// <summary>Mg²⁺ dependence of SERCA uptake.</summary>
    SercaDependence = 32,

    /// <summary>Every mechanism sees the fiber's Mg²⁺ (the default).</summary>
    All = RyrInhibition | RegulatorySiteCompetition | TroponinCaMgSiteCompetition | ParvalbuminCompetition | AtpCompetition | SercaDependence,
}
