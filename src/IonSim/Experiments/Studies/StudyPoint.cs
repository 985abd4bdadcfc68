namespace IonSim.Experiments.Studies;

/// <summary>One point of a study: its index, its place in the design and the values of the varied parameters.</summary>
/// <param name="Index">The point's index, 0 to <see cref="Study.PointCount"/> − 1.</param>
/// <param name="Sample">The design sample it belongs to (Saltelli's base sample j; otherwise the index).</param>
/// <param name="Matrix">Saltelli's matrix: 0 = A, 1 = B, 2 + i = A with parameter i from B; −1 for other designs.</param>
/// <param name="Values">The varied parameters' values, in <see cref="Study.Parameters"/> order and their units.</param>
public sealed record StudyPoint(long Index, long Sample, int Matrix, IReadOnlyList<double> Values);

/// <summary>What one point gave: each kept output (in <see cref="Study.Outputs"/> order; NaN where undefined or failed) and,
/// if a protocol failed, why.</summary>
/// <param name="Index">The point's index.</param>
/// <param name="Outputs">The kept outputs, in <see cref="Study.Outputs"/> order.</param>
/// <param name="Failure">Null when every protocol ran; otherwise "protocol: cause" for each that failed, joined by "; ".</param>
public sealed record StudyPointResult(long Index, IReadOnlyList<double> Outputs, string? Failure)
{
    /// <summary>Whether two results are bit-for-bit the same (NaN equal to NaN), as merged and single runs must be.</summary>
    /// <param name="other">The other result.</param>
    /// <returns>True when index, every output's bits and the failure text agree.</returns>
    public bool SameAs(StudyPointResult other) =>
        Index == other.Index && Failure == other.Failure && Outputs.Count == other.Outputs.Count
        && Outputs.Zip(other.Outputs).All(p => BitConverter.DoubleToInt64Bits(p.First) == BitConverter.DoubleToInt64Bits(p.Second) || (double.IsNaN(p.First) && double.IsNaN(p.Second)));
}
