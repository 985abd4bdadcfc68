using System.Runtime.InteropServices;
using IonSim.Integration;

namespace IonSim.Benchmarks.Integration;

/// <summary>
/// CVODE (SUNDIALS 6, Debian's <c>libsundials-dev</c>) called from .NET on any <see cref="IOdeSystem"/>: BDF,
/// dense direct linear solver, CVODE's own difference-quotient Jacobian, restarted (<c>CVodeReInit</c>)
/// at each breakpoint as IonSim restarts there. It lets the fibre model, which exists only in C#, be
/// solved by CVODE with the very same right-hand side; the price is a managed callback per evaluation
/// (a few ns; the C program in <c>benchmarks/cvode</c> times the test set without it).
/// </summary>
internal static unsafe class CvodeReference
{
    private const string Library = "sundials_cvode";
    private const int Bdf = 2;
    private const int Normal = 1;

    [ThreadStatic]
    private static IOdeSystem? s_system;

    /// <summary>The outcome: the state at each output time (the last is tEnd's), and CVODE's counters.</summary>
    public sealed record Result(double[][] States, long Steps, long RhsEvaluations, long JacobianEvaluations, long Factorizations, bool Succeeded);

    /// <summary>Solves from (t0, y0) to tEnd, stopping and restarting at each breakpoint, reporting at the output times (increasing, in (t0, tEnd]).</summary>
    public static Result Solve(IOdeSystem system, double t0, ReadOnlySpan<double> y0, double tEnd, double rtol, double atol, IReadOnlyList<double> breakpoints, IReadOnlyList<double> outputs)
    {
        int n = system.Dimension;
        Check(SUNContext_Create(IntPtr.Zero, out IntPtr context), "SUNContext_Create");
        IntPtr y = N_VNew_Serial(n, context);
        IntPtr memory = CVodeCreate(Bdf, context);
        IntPtr matrix = SUNDenseMatrix(n, n, context);
        IntPtr solver = SUNLinSol_Dense(y, matrix, context);
        s_system = system;
        bool ok = true;
        try
        {
            y0.CopyTo(new Span<double>(Data(y), n));
            Check(CVodeInit(memory, &Rhs, t0, y), "CVodeInit");
            Check(CVodeSStolerances(memory, rtol, atol), "CVodeSStolerances");
            Check(CVodeSetLinearSolver(memory, solver, matrix), "CVodeSetLinearSolver");
            Check(CVodeSetMaxNumSteps(memory, 10_000_000), "CVodeSetMaxNumSteps");
            Check(CVodeSetErrFile(memory, IntPtr.Zero), "CVodeSetErrFile");
            var states = new List<double[]>();
            int next = 0;
            foreach (double stop in breakpoints.Where(b => b > t0 && b < tEnd).Append(tEnd))
            {
                Check(CVodeSetStopTime(memory, stop), "CVodeSetStopTime");
                for (; ok && next < outputs.Count && outputs[next] <= stop; next++)
                {
                    ok = CVode(memory, outputs[next], y, out _, Normal) >= 0;
                    states.Add(new Span<double>(Data(y), n).ToArray());
                }

                ok = ok && CVode(memory, stop, y, out _, Normal) >= 0;
                if (!ok)
                {
                    break;
                }

                if (stop < tEnd)
                {
                    Check(CVodeReInit(memory, stop, y), "CVodeReInit");
                }
            }

            CVodeGetNumSteps(memory, out long steps);
            CVodeGetNumRhsEvals(memory, out long rhs);
            CVodeGetNumLinRhsEvals(memory, out long jacobianRhs);
            CVodeGetNumJacEvals(memory, out long jacobians);
            CVodeGetNumLinSolvSetups(memory, out long setups);
            states.Add(new Span<double>(Data(y), n).ToArray());
            return new Result([.. states], steps, rhs + jacobianRhs, jacobians, setups, ok);
        }
        finally
        {
            s_system = null;
            CVodeFree(ref memory);
            SUNLinSolFree(solver);
            SUNMatDestroy(matrix);
            N_VDestroy(y);
            SUNContext_Free(ref context);
        }
    }

    // NV_DATA_S: a serial N_Vector's content holds its length (int64), an ownership flag (int, padded) and the data pointer.
    private static double* Data(IntPtr vector) => *(double**)((byte*)*(IntPtr*)vector + 16);

    [UnmanagedCallersOnly]
    private static int Rhs(double t, IntPtr y, IntPtr dydt, IntPtr userData)
    {
        try
        {
            IOdeSystem system = s_system!;
            int n = system.Dimension;
            system.Derivatives(t, new ReadOnlySpan<double>(Data(y), n), new Span<double>(Data(dydt), n));
            return 0;
        }
        catch (Exception)
        {
            return -1;
        }
    }

    private static void Check(int flag, string call)
    {
        if (flag != 0)
        {
            throw new InvalidOperationException($"{call} returned {flag}.");
        }
    }

    [DllImport(Library)] private static extern int SUNContext_Create(IntPtr comm, out IntPtr context);
    [DllImport(Library)] private static extern int SUNContext_Free(ref IntPtr context);
    [DllImport(Library)] private static extern IntPtr N_VNew_Serial(long length, IntPtr context);
    [DllImport(Library)] private static extern void N_VDestroy(IntPtr vector);
    [DllImport(Library)] private static extern IntPtr CVodeCreate(int method, IntPtr context);
    [DllImport(Library)] private static extern int CVodeInit(IntPtr memory, delegate* unmanaged<double, IntPtr, IntPtr, IntPtr, int> f, double t0, IntPtr y0);
    [DllImport(Library)] private static extern int CVodeReInit(IntPtr memory, double t0, IntPtr y0);
    [DllImport(Library)] private static extern int CVodeSStolerances(IntPtr memory, double rtol, double atol);
    [DllImport(Library)] private static extern IntPtr SUNDenseMatrix(long rows, long columns, IntPtr context);
    [DllImport(Library)] private static extern IntPtr SUNLinSol_Dense(IntPtr y, IntPtr matrix, IntPtr context);
    [DllImport(Library)] private static extern int CVodeSetLinearSolver(IntPtr memory, IntPtr solver, IntPtr matrix);
    [DllImport(Library)] private static extern int CVodeSetMaxNumSteps(IntPtr memory, long steps);
    [DllImport(Library)] private static extern int CVodeSetStopTime(IntPtr memory, double stop);
    [DllImport(Library)] private static extern int CVodeSetErrFile(IntPtr memory, IntPtr file);
    [DllImport(Library)] private static extern int CVode(IntPtr memory, double tout, IntPtr yout, out double tReturned, int task);
    [DllImport(Library)] private static extern int CVodeGetNumSteps(IntPtr memory, out long steps);
    [DllImport(Library)] private static extern int CVodeGetNumRhsEvals(IntPtr memory, out long evaluations);
    [DllImport(Library)] private static extern int CVodeGetNumLinRhsEvals(IntPtr memory, out long evaluations);
    [DllImport(Library)] private static extern int CVodeGetNumJacEvals(IntPtr memory, out long evaluations);
    [DllImport(Library)] private static extern int CVodeGetNumLinSolvSetups(IntPtr memory, out long setups);
    [DllImport(Library)] private static extern void CVodeFree(ref IntPtr memory);
    [DllImport(Library)] private static extern int SUNLinSolFree(IntPtr solver);
    [DllImport(Library)] private static extern void SUNMatDestroy(IntPtr matrix);
}
