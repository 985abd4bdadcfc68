namespace IonSim.Plotting;

/// <summary>
/// The plottable view of one simulated scenario: the sampled curves, the phase timeline and the twitch
/// marks that the plot builders draw.
/// </summary>
/// <remarks>
/// Plot builders read only this type, so that they can draw results from the library as well as
/// curves read back from a CSV file. The constructor refuses
/// curves a plot would misrepresent: columns of different lengths, time that does not increase, or
/// values that are not finite. Instances are immutable and safe to share between threads.
/// </remarks>
public sealed class ScenarioCurves
{
    /// <summary>Creates the view of one scenario and checks that it can be drawn.</summary>
    /// <param name="name">The scenario's name, as shown in legends.</param>
    /// <param name="freeMagnesiumMillimolar">The scenario's free Mg²⁺ in millimolar (mM), as shown in legends.</param>
    /// <param name="timeMs">Sample times in milliseconds, strictly increasing.</param>
    /// <param name="tension">Normalised tension (0–1) at each sample time.</param>
    /// <param name="freeCalciumMicromolar">Free cytosolic Ca²⁺ in micromolar (µM) at each sample time.</param>
    /// <param name="srCalciumMicromolar">Ca²⁺ in the sarcoplasmic reticulum in micromolar (µM) at each sample time.</param>
    /// <param name="sites">The occupancy of each binding site by Ca²⁺ and Mg²⁺.</param>
    /// <param name="phases">The phase timeline as consecutive spans.</param>
    /// <param name="twitches">Metrics of each twitch, in time order.</param>
    /// <exception cref="ArgumentException">A column is missing, has the wrong length or holds a value that is not finite, or time does not increase.</exception>
    public ScenarioCurves(
        string name,
        double freeMagnesiumMillimolar,
        IReadOnlyList<double> timeMs,
        IReadOnlyList<double> tension,
        IReadOnlyList<double> freeCalciumMicromolar,
        IReadOnlyList<double> srCalciumMicromolar,
        IReadOnlyList<SiteCurves> sites,
        IReadOnlyList<PhaseSpan> phases,
        IReadOnlyList<TwitchMarks> twitches)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        CurveChecks.Finite(freeMagnesiumMillimolar, nameof(freeMagnesiumMillimolar));
        CurveChecks.IncreasingTime(timeMs, nameof(timeMs));
        CurveChecks.Column(tension, timeMs.Count, nameof(tension));
        CurveChecks.Column(freeCalciumMicromolar, timeMs.Count, nameof(freeCalciumMicromolar));
        CurveChecks.Column(srCalciumMicromolar, timeMs.Count, nameof(srCalciumMicromolar));
        ArgumentNullException.ThrowIfNull(sites);
        foreach (SiteCurves site in sites)
        {
            CurveChecks.Column(site.CalciumFraction, timeMs.Count, $"{nameof(sites)}[{site.Name}].{nameof(SiteCurves.CalciumFraction)}");
            CurveChecks.Column(site.MagnesiumFraction, timeMs.Count, $"{nameof(sites)}[{site.Name}].{nameof(SiteCurves.MagnesiumFraction)}");
        }

        ArgumentNullException.ThrowIfNull(phases);
        ArgumentNullException.ThrowIfNull(twitches);

        Name = name;
        FreeMagnesiumMillimolar = freeMagnesiumMillimolar;
        TimeMs = timeMs;
        Tension = tension;
        FreeCalciumMicromolar = freeCalciumMicromolar;
        SrCalciumMicromolar = srCalciumMicromolar;
        Sites = sites;
        Phases = phases;
        Twitches = twitches;
    }

    /// <summary>Gets the scenario's name, as shown in legends.</summary>
    public string Name { get; }

    /// <summary>Gets the scenario's free Mg²⁺ in millimolar (mM).</summary>
    public double FreeMagnesiumMillimolar { get; }

    /// <summary>Gets the sample times in milliseconds, strictly increasing.</summary>
    public IReadOnlyList<double> TimeMs { get; }

    /// <summary>Gets the normalised tension (0–1) at each sample time.</summary>
    public IReadOnlyList<double> Tension { get; }

    /// <summary>Gets the free cytosolic Ca²⁺ in micromolar (µM) at each sample time.</summary>
    public IReadOnlyList<double> FreeCalciumMicromolar { get; }

    /// <summary>Gets the Ca²⁺ in the sarcoplasmic reticulum in micromolar (µM) at each sample time.</summary>
    public IReadOnlyList<double> SrCalciumMicromolar { get; }

    /// <summary>Gets the occupancy of each binding site by Ca²⁺ and Mg²⁺.</summary>
    public IReadOnlyList<SiteCurves> Sites { get; }

    /// <summary>Gets the phase timeline as consecutive spans.</summary>
    public IReadOnlyList<PhaseSpan> Phases { get; }

    /// <summary>Gets the metrics of each twitch, in time order.</summary>
    public IReadOnlyList<TwitchMarks> Twitches { get; }
}
