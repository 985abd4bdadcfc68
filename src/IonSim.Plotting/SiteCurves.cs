namespace IonSim.Plotting;

/// <summary>The fractions of one competitive binding site held by Ca²⁺ and by Mg²⁺ at each sample time.</summary>
/// <param name="Name">The site's name, as shown in legends (for example "troponin").</param>
/// <param name="CalciumFraction">Fraction of the site bound to Ca²⁺ (0–1) at each sample time.</param>
/// <param name="MagnesiumFraction">Fraction of the site bound to Mg²⁺ (0–1) at each sample time.</param>
public sealed record SiteCurves(string Name, IReadOnlyList<double> CalciumFraction, IReadOnlyList<double> MagnesiumFraction);
