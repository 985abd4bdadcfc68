namespace IonSim.Integration;

/// <summary>
/// The coefficients of Rodas5P (Steinebach, "Construction of Rosenbrock–Wanner method Rodas5P and
/// numerical benchmarks within the Julia Differential Equations package", <i>BIT Numer. Math.</i> 63, 27,
/// 2023): an 8-stage, stiffly accurate, L-stable Rosenbrock–Wanner method of order 5 with an embedded
/// order-4 solution and an order-4 dense output, kept apart from the stepping code so that the method is data.
/// </summary>
/// <remarks>
/// The coefficients are in the transformed form of Hairer &amp; Wanner (<i>Solving ODEs II</i>, §IV.7,
/// eq. 7.25) that avoids a matrix–vector product with the Jacobian: with W = I/(hγ) − J, stage i solves
/// <c>W·u_i = f(t + c_i·h, y + Σ_j A[i][j]·u_j) + Σ_j (C[i][j]/h)·u_j + h·D[i]·∂f/∂t</c>.
/// The method is stiffly accurate: the last three stages sit at c = 1 and each argument is the previous
/// one plus the latest increment, so y_new = y + Σ B[j]·u_j and the error estimate is the last
/// increment u_8 (the embedded solution is the eighth stage's argument).
/// </remarks>
internal static class Rodas5PTableau
{
    public const int Stages = 8;

    /// <summary>Order of the propagated solution; the embedded one is order 4.</summary>
    public const int Order = 5;

    /// <summary>The diagonal coefficient γ of the method.</summary>
    public const double Gamma = 0.21193756319429014;

    private const double A61 = -7.502846399306121;
    private const double A62 = 2.561846144803919;
    private const double A63 = -11.627539656261098;
    private const double A64 = -0.18268767659942256;
    private const double A65 = 0.030198172008377946;

    /// <summary>Stage nodes c_i.</summary>
    public static readonly double[] C = [0.0, 0.6358126895828704, 0.4095798393397535, 0.9769306725060716, 0.4288403609558664, 1.0, 1.0, 1.0];

    /// <summary>Row i holds the coefficients of u_0..u_(i−1) in stage i's argument.</summary>
    public static readonly double[][] A =
    [
        [],
        [3.0],
        [2.849394379747939, 0.45842242204463923],
        [-6.954028509809101, 2.489845061869568, -10.358996098473584],
        [2.8029986275628964, 0.5072464736228206, -0.3988312541770524, -0.04721187230404641],
        [A61, A62, A63, A64, A65],
        [A61, A62, A63, A64, A65, 1.0],
        [A61, A62, A63, A64, A65, 1.0, 1.0],
    ];

    /// <summary>Row i holds the coefficients of u_j/h (j &lt; i) added to stage i's right-hand side.</summary>
    public static readonly double[][] Coupling =
    [
        [],
        [-14.155112264123755],
        [-17.97296035885952, -2.859693295451294],
        [147.12150275711716, -1.41221402718213, 71.68940251302358],
        [165.43517024871676, -0.4592823456491126, 42.90938336958603, -5.961986721573306],
        [24.854864614690072, -3.0009227002832186, 47.4931110020768, 5.5814197821558125, -0.6610691825249471],
        [30.91273214028599, -3.1208243349937974, 77.79954646070892, 34.28646028294783, -19.097331116725623, -28.087943162872662],
        [37.80277123390563, -3.2571969029072276, 112.26918849496327, 66.9347231244047, -40.06618937091002, -54.66780262877968, -9.48861652309627],
    ];

    /// <summary>Coefficients γ_i of h·∂f/∂t in each stage (zero for the stages at c = 1).</summary>
    public static readonly double[] D = [0.21193756319429014, -0.42387512638858027, -0.3384627126235924, 1.8046452872882734, 2.325825639765069, 0.0, 0.0, 0.0];

    /// <summary>Weights of the propagated solution: the last stage's argument plus the last increment.</summary>
    public static readonly double[] B = [A61, A62, A63, A64, A65, 1.0, 1.0, 1.0];

    /// <summary>
    /// Dense output: y(t + θh) = (1 − θ)·y0 + θ·(y1 + (1 − θ)·(k1 + θ·(k2 + θ·k3))) with k_r = Σ_j H[r][j]·u_j.
    /// </summary>
    public static readonly double[][] H =
    [
        [25.948786856663858, -2.5579724845846235, 10.433815404888879, -2.3679251022685204, 0.524948541321073, 1.1241088310450404, 0.4272876194431874, -0.17202221070155493],
        [-9.91568850695171, -0.9689944594115154, 3.0438037242978453, -24.495224566215796, 20.176138334709044, 15.98066361424651, -6.789040303419874, -6.710236069923372],
        [11.419903575922262, 2.8879645146136994, 72.92137995996029, 80.12511834622643, -52.072871366152654, -59.78993625266729, -0.15582684282751913, 4.883087185713722],
    ];
}
