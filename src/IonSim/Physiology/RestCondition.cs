namespace IonSim.Physiology;

/// <summary>What the resting state holds fixed when it is computed for a set of parameters.</summary>
/// <remarks>
/// The choice decides the low-Mg²⁺ result: in a closed fiber, Ca²⁺ that low Mg²⁺ frees from its buffers or leaks from
/// the SR must come out of the store; with the SR load fixed, the membrane is assumed to have refilled the store.
/// During a simulation the fiber is always closed (no membrane Ca²⁺ flux on the time scale of twitches).
/// </remarks>
public enum RestCondition
{
    /// <summary>
    /// The SR's total Ca²⁺ (free + calsequestrin-bound) is <see cref="FiberParameters.SrTotalCalciumMicromolar"/>:
    /// a fiber whose membrane fluxes keep the store filled.
    /// </summary>
    SrLoadFixed = 0,

    /// <summary>
    /// The fiber's total Ca²⁺ (myoplasm and SR, per myoplasmic volume) is <see cref="FiberParameters.FiberTotalCalciumMicromolar"/>:
    /// a closed fiber.
    /// </summary>
    TotalCalciumFixed = 1,
}
