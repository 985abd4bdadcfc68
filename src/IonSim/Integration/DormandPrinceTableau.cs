namespace IonSim.Integration;

/// <summary>
/// The coefficients of the Dormand–Prince 5(4) pair (Dormand &amp; Prince 1980) and of its
/// fourth-order continuous extension (Hairer, Nørsett &amp; Wanner, <i>Solving ODEs I</i>, §II.6),
/// kept apart from the stepping code so that the method is data. Each coefficient is a named
/// constant (so the step kernel multiplies by literals); the arrays below are built from them.
/// </summary>
internal static class DormandPrinceTableau
{
    /// <summary>Number of stages, counting the FSAL stage that is reused as the next step's first.</summary>
    public const int Stages = 7;

    /// <summary>Order of the propagated (fifth-order) solution; the embedded one is fourth order.</summary>
    public const int Order = 5;

    public const double C2 = 1.0 / 5, C3 = 3.0 / 10, C4 = 4.0 / 5, C5 = 8.0 / 9;

    public const double A21 = 1.0 / 5;
    public const double A31 = 3.0 / 40, A32 = 9.0 / 40;
    public const double A41 = 44.0 / 45, A42 = -56.0 / 15, A43 = 32.0 / 9;
    public const double A51 = 19372.0 / 6561, A52 = -25360.0 / 2187, A53 = 64448.0 / 6561, A54 = -212.0 / 729;
    public const double A61 = 9017.0 / 3168, A62 = -355.0 / 33, A63 = 46732.0 / 5247, A64 = 49.0 / 176, A65 = -5103.0 / 18656;

    public const double B1 = 35.0 / 384, B3 = 500.0 / 1113, B4 = 125.0 / 192, B5 = -2187.0 / 6784, B6 = 11.0 / 84;

    public const double E1 = 71.0 / 57600, E3 = -71.0 / 16695, E4 = 71.0 / 1920, E5 = -17253.0 / 339200, E6 = 22.0 / 525, E7 = -1.0 / 40;

    public const double D1 = -12715105075.0 / 11282082432, D3 = 87487479700.0 / 32700410799, D4 = -10690763975.0 / 1880347072,
        D5 = 701980252875.0 / 199316789632, D6 = -1453857185.0 / 822651844, D7 = 69997945.0 / 29380423;

    public static readonly double[] C = [0.0, C2, C3, C4, C5, 1.0, 1.0];

    /// <summary>Row i holds a(i, 0..i-1); the last row equals <see cref="B"/> (first same as last).</summary>
    public static readonly double[][] A =
    [
        [],
        [A21],
        [A31, A32],
        [A41, A42, A43],
        [A51, A52, A53, A54],
        [A61, A62, A63, A64, A65],
        [B1, 0.0, B3, B4, B5, B6],
    ];

    /// <summary>Weights of the fifth-order solution.</summary>
    public static readonly double[] B = [B1, 0.0, B3, B4, B5, B6, 0.0];

    /// <summary>Weights of the embedded fourth-order solution.</summary>
    public static readonly double[] BHat = [5179.0 / 57600, 0.0, 7571.0 / 16695, 393.0 / 640, -92097.0 / 339200, 187.0 / 2100, 1.0 / 40];

    /// <summary>Error weights, B − BHat: h·Σ E[i]·k[i] estimates the local error of the fourth-order solution.</summary>
    public static readonly double[] E = [E1, 0.0, E3, E4, E5, E6, E7];

    /// <summary>Weights of the fifth dense-output coefficient (Hairer's DOPRI5 <c>d1..d7</c>).</summary>
    public static readonly double[] D = [D1, 0.0, D3, D4, D5, D6, D7];
}
