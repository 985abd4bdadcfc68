namespace IonSim.Contraction;

/// <summary>A quantity as a function of a dense solution's state vector (its components, in its order).</summary>
/// <param name="state">The state.</param>
/// <returns>The quantity.</returns>
internal delegate double DenseStateFunction(ReadOnlySpan<double> state);
