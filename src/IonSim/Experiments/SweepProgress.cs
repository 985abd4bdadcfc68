namespace IonSim.Experiments;

/// <summary>Progress of a sweep: how many of its points are done.</summary>
/// <param name="Completed">Points finished so far.</param>
/// <param name="Total">Points in the sweep.</param>
public readonly record struct SweepProgress(int Completed, int Total)
{
    /// <summary>Gets the fraction done, in [0, 1].</summary>
    public double Fraction => Total == 0 ? 1 : (double)Completed / Total;
}
