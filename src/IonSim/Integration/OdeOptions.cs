using IonSim.Internal;

namespace IonSim.Integration;

/// <summary>
/// Numerical settings of a solve: tolerances, step limits and the stiffness policy. Immutable;
/// every value is checked when it is set, so an invalid option fails where it is written.
/// </summary>
/// <remarks>
/// The local error of each step is kept below 1 in the scaled RMS norm with weights
/// <c>atol[i] + rtol·max(|y_n[i]|, |y_n+1[i]|)</c> (Hairer, Nørsett &amp; Wanner, <i>Solving ODEs I</i>, §II.4).
/// Thread-safe: instances never change.
/// </remarks>
public sealed record OdeOptions
{
    /// <summary>Gets the relative tolerance; greater than 0 and finite. Default 1e-6.</summary>
    public double RelativeTolerance { get; init => field = Preconditions.PositiveFinite(value, nameof(RelativeTolerance)); } = 1e-6;

    /// <summary>Gets the absolute tolerance applied to every component unless <see cref="AbsoluteTolerances"/> is set; greater than 0 and finite. Default 1e-9.</summary>
    public double AbsoluteTolerance { get; init => field = Preconditions.PositiveFinite(value, nameof(AbsoluteTolerance)); } = 1e-9;

    /// <summary>Gets per-component absolute tolerances (each greater than 0 and finite), or null to use <see cref="AbsoluteTolerance"/> everywhere.</summary>
    public IReadOnlyList<double>? AbsoluteTolerances
    {
        get;
        init
        {
            if (value is not null)
            {
                for (int i = 0; i < value.Count; i++)
                {
                    Preconditions.PositiveFinite(value[i], $"{nameof(AbsoluteTolerances)}[{i}]");
                }

                value = value.ToArray();
            }

            field = value;
        }
    }

    /// <summary>Gets the size of the first step (positive; its sign is taken from the direction of integration), or null for Hairer's automatic choice.</summary>
    public double? InitialStep { get; init => field = value is { } h ? Preconditions.PositiveFinite(h, nameof(InitialStep)) : null; }

    /// <summary>Gets the largest step size allowed (positive, may be infinite). Default: no limit.</summary>
    public double MaxStep { get; init => field = Preconditions.Positive(value, nameof(MaxStep)); } = double.PositiveInfinity;

    /// <summary>Gets the most step attempts (accepted or rejected) a solve may make; at least 1. Default 1,000,000.</summary>
    public int MaxSteps { get; init => field = Preconditions.AtLeast(value, 1, nameof(MaxSteps)); } = 1_000_000;

    /// <summary>Gets how many steps in a row may be rejected before the solve gives up; at least 1. Default 100.</summary>
    public int MaxConsecutiveRejections { get; init => field = Preconditions.AtLeast(value, 1, nameof(MaxConsecutiveRejections)); } = 100;

    /// <summary>Gets what to do when the problem looks stiff. Default <see cref="StiffnessPolicy.Report"/>.</summary>
    public StiffnessPolicy Stiffness { get; init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Stiffness), value, $"{nameof(Stiffness)} must be Ignore, Report or Fail, but was {value}."); } = StiffnessPolicy.Report;

    /// <summary>Gets the step method. Default <see cref="OdeMethod.DormandPrince45"/>.</summary>
    public OdeMethod Method { get; init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Method), value, $"{nameof(Method)} must be DormandPrince45, Rodas5P or Auto, but was {value}."); } = OdeMethod.DormandPrince45;

    /// <summary>
    /// Gets which Jacobian entries can be non-zero, or null for a dense Jacobian. Used only by the stiff
    /// method's finite-difference Jacobian (a system implementing <see cref="IJacobianSystem"/> supplies its
    /// own): columns that share no row are differenced together, one right-hand-side evaluation per group.
    /// </summary>
    public JacobianSparsity? JacobianSparsity { get; init; }

    /// <summary>Gets the absolute tolerance for component <paramref name="index"/>.</summary>
    /// <param name="index">The component.</param>
    /// <returns>The per-component tolerance if given, else <see cref="AbsoluteTolerance"/>.</returns>
    public double AbsoluteToleranceFor(int index) => AbsoluteTolerances is { } list ? list[index] : AbsoluteTolerance;
}
