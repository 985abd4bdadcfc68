namespace IonSim.Integration;

/// <summary>
/// The coefficients of the Dormand–Prince 5(4) pair (Dormand &amp; Prince 1980) and of its
/// fourth-order continuous extension (Hairer, Nørsett &amp; Wanner, <i>Solving ODEs I</i>, §II.6),
/// kept apart from the stepping loop so that the method is data.
/// </summary>
internal static class DormandPrinceTableau
{
    /// <summary>Number of stages, counting the FSAL stage that is reused as the next step's first.</summary>
    public const int Stages = 7;

    /// <summary>Order of the propagated (fifth-order) solution; the embedded one is fourth order.</summary>
    public const int Order = 5;

    public static readonly double[] C = [0.0, 1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1.0, 1.0];

    /// <summary>Row i holds a(i, 0..i-1); the last row equals <see cref="B"/> (first same as last).</summary>
    public static readonly double[][] A =
    [
        [],
        [1.0 / 5],
        [3.0 / 40, 9.0 / 40],
        [44.0 / 45, -56.0 / 15, 32.0 / 9],
        [19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729],
        [9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656],
        [35.0 / 384, 0.0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84],
    ];

    /// <summary>Weights of the fifth-order solution.</summary>
    public static readonly double[] B = [35.0 / 384, 0.0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84, 0.0];

    /// <summary>Weights of the embedded fourth-order solution.</summary>
    public static readonly double[] BHat = [5179.0 / 57600, 0.0, 7571.0 / 16695, 393.0 / 640, -92097.0 / 339200, 187.0 / 2100, 1.0 / 40];

    /// <summary>Error weights, B − BHat: h·Σ E[i]·k[i] estimates the local error of the fourth-order solution.</summary>
    public static readonly double[] E = [71.0 / 57600, 0.0, -71.0 / 16695, 71.0 / 1920, -17253.0 / 339200, 22.0 / 525, -1.0 / 40];

    /// <summary>Weights of the fifth dense-output coefficient (Hairer's DOPRI5 <c>d1..d7</c>).</summary>
    public static readonly double[] D =
    [
        -12715105075.0 / 11282082432, 0.0, 87487479700.0 / 32700410799, -10690763975.0 / 1880347072,
        701980252875.0 / 199316789632, -1453857185.0 / 822651844, 69997945.0 / 29380423,
    ];
}
