namespace IonSim.Cli.Backend;

/// <summary>Where a run's parameters come from: a parameter file, a preset, or (neither given) the
/// library's normal and low-magnesium presets side by side.</summary>
/// <param name="Preset">A preset name, or null.</param>
/// <param name="ParametersPath">An absolute path to a JSON parameter file, or null.</param>
/// <param name="MagnesiumMillimolar">Free Mg²⁺ values in mM: one scenario each, overriding the base parameters; empty keeps them.</param>
internal sealed record ScenarioSource(string? Preset, string? ParametersPath, IReadOnlyList<double> MagnesiumMillimolar);

/// <summary>The stimulus: one pulse (a twitch) or a train.</summary>
/// <param name="IsTrain">True for a train of <paramref name="Pulses"/> pulses at <paramref name="FrequencyHz"/>.</param>
/// <param name="FrequencyHz">Train frequency in hertz.</param>
/// <param name="Pulses">Number of pulses in the train.</param>
internal sealed record ProtocolChoice(bool IsTrain, double FrequencyHz, int Pulses)
{
    public static ProtocolChoice Twitch { get; } = new(false, 0, 1);

    public string Describe() => IsTrain
        ? FormattableString.Invariant($"train of {Pulses} pulses at {FrequencyHz} Hz")
        : "single twitch";
}

/// <summary>One call of <see cref="ISimulationBackend.Simulate"/>.</summary>
/// <param name="Scenarios">Where parameters come from.</param>
/// <param name="Protocol">The stimulus.</param>
/// <param name="DurationMs">Simulated time in ms, or null for the library's default for the protocol.</param>
/// <param name="OutputIntervalMs">Spacing of output samples in ms (dense output), or null for the library's default.</param>
internal sealed record SimulationRequest(ScenarioSource Scenarios, ProtocolChoice Protocol, double? DurationMs, double? OutputIntervalMs);

/// <summary>The swept quantity.</summary>
internal enum SweepKind
{
    /// <summary>Free Mg²⁺ in mM: twitch metrics versus magnesium.</summary>
    Magnesium,

    /// <summary>Stimulus frequency in Hz: force–frequency relation.</summary>
    Frequency,

    /// <summary>pCa (−log10 of free Ca²⁺ in M): steady force–pCa relation with its Hill fit.</summary>
    Pca,
}

/// <summary>One call of <see cref="ISimulationBackend.Sweep"/>.</summary>
/// <param name="Kind">What is swept.</param>
/// <param name="Scenarios">Base parameters (the magnesium list is ignored).</param>
/// <param name="Values">The swept values, or null for the library's (or the CLI's documented) default range.</param>
/// <param name="DurationMs">Simulated time per point in ms, or null for the default.</param>
internal sealed record SweepRequest(SweepKind Kind, ScenarioSource Scenarios, IReadOnlyList<double>? Values, double? DurationMs);
