namespace IonSim.Plotting;

/// <summary>One curve of a sweep: a measured quantity at each value of the swept input.</summary>
/// <param name="Name">The curve's name, as shown in the legend.</param>
/// <param name="X">The swept input at each point, in the unit of the x-axis title.</param>
/// <param name="Y">The measured quantity at each point, in the unit of the y-axis title.</param>
/// <param name="IsFit">True for a fitted model curve (drawn as a plain dashed line), false for simulated points (drawn with markers).</param>
/// <param name="IsMark">True for points singled out on another curve (for example those where the fiber went into spasm):
/// drawn as large open markers in the spasm colour, without a line, so the data under them stays visible.</param>
public sealed record SweepCurve(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y, bool IsFit = false, bool IsMark = false);
