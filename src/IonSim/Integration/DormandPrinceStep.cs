namespace IonSim.Integration;

/// <summary>
/// One Dormand–Prince 5(4) step attempt: the stages, the fifth-order solution and the scaled error of
/// the embedded fourth-order one. It knows nothing of output, events or step-size choice.
/// </summary>
internal static class DormandPrinceStep
{
    /// <summary>
    /// Tries a step of size <paramref name="h"/> from (t, y) with k1 = f(t, y) already in place.
    /// Leaves y(t + h) in <see cref="DormandPrinceStages.NewState"/> and f there in K7.
    /// </summary>
    /// <param name="f">The counted right-hand side.</param>
    /// <param name="k">Working arrays; K1 must hold f(t, y).</param>
    /// <param name="t">Start of the step.</param>
    /// <param name="y">State at <paramref name="t"/>.</param>
    /// <param name="h">Signed step size.</param>
    /// <param name="endStageTime">The time at which the stages with c = 1 are evaluated: t + h, or just
    /// before it when the step ends on a discontinuity of f.</param>
    /// <param name="tolerances">Error weights.</param>
    /// <returns>The RMS norm of the local error relative to the tolerances; 1 is the acceptance limit.
    /// NaN or infinity when a stage produced a non-finite value.</returns>
    public static double Attempt(
        CountingSystem f, DormandPrinceStages k, double t, ReadOnlySpan<double> y, double h, double endStageTime, ErrorWeights tolerances)
    {
        double[][] a = DormandPrinceTableau.A;
        double[] c = DormandPrinceTableau.C;
        double[] stage = k.StageState;
        int n = y.Length;

        // Stages 2..6 in the tableau's generic form; stage 7 is the new state itself (FSAL).
        for (int s = 1; s < DormandPrinceTableau.Stages - 1; s++)
        {
            Combine(y, h, a[s], k.K, stage);
            double ts = c[s] == 1.0 ? endStageTime : t + c[s] * h;
            f.Derivatives(ts, stage, k.K[s]);
        }

        double[] yNew = k.NewState;
        Combine(y, h, DormandPrinceTableau.B, k.K, yNew);
        f.Derivatives(endStageTime, yNew, k.K7);

        double[] error = k.Error;
        Combine(default, h, DormandPrinceTableau.E, k.K, error);
        double sum = 0.0;
        for (int i = 0; i < n; i++)
        {
            double r = error[i] / tolerances.Scale(i, y[i], yNew[i]);
            sum += r * r;
        }

        return Math.Sqrt(sum / n);
    }

    // result = y + h·Σ_j w[j]·k[j] over the given weights (a tableau row, B or E); y empty means 0.
    private static void Combine(ReadOnlySpan<double> y, double h, double[] w, double[][] k, double[] result)
    {
        if (y.IsEmpty)
        {
            Array.Clear(result);
        }
        else
        {
            y.CopyTo(result);
        }

        for (int j = 0; j < w.Length; j++)
        {
            // Skipping zero weights matters: a stale stage from a rejected step may hold NaN.
            if (w[j] != 0.0)
            {
                VectorMath.Axpy(result, h * w[j], k[j]);
            }
        }
    }
}
