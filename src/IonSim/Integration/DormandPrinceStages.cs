namespace IonSim.Integration;

/// <summary>
/// The preallocated working arrays of a Dormand–Prince solve: the seven stage derivatives, the stage
/// argument and the candidate new state. Allocated once per solve so that stepping never allocates.
/// </summary>
internal sealed class DormandPrinceStages
{
    public DormandPrinceStages(int dimension)
    {
        K = new double[DormandPrinceTableau.Stages][];
        for (int s = 0; s < K.Length; s++)
        {
            K[s] = new double[dimension];
        }

        StageState = new double[dimension];
        NewState = new double[dimension];
        Error = new double[dimension];
    }

    /// <summary>The stage derivatives k1..k7 (K[0] is f at the start of the step, K[6] f at its end).</summary>
    public double[][] K { get; }

    public double[] K1 => K[0];

    public double[] K3 => K[2];

    public double[] K4 => K[3];

    public double[] K5 => K[4];

    public double[] K6 => K[5];

    public double[] K7 => K[6];

    /// <summary>The argument of the latest stage evaluation (the sixth stage's after a full step).</summary>
    public double[] StageState { get; }

    /// <summary>The fifth-order solution at the end of the step being tried.</summary>
    public double[] NewState { get; }

    /// <summary>The local error estimate h·Σ e_j k_j of the step being tried.</summary>
    public double[] Error { get; }

    /// <summary>First same as last: the last stage of an accepted step is the first of the next.</summary>
    public void ReuseLastStageAsFirst() => (K[0], K[6]) = (K[6], K[0]);
}
