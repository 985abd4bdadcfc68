using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace IonSim.CellML.Compilation;

/// <summary>How a model's expression trees become delegates.</summary>
internal enum Evaluation
{
    /// <summary>Compiled to IL and then machine code (<c>Expression.Compile()</c>): the fastest, where code can be generated at run time.</summary>
    Compiled,

    /// <summary>The framework's expression interpreter (<c>Expression.Compile(preferInterpretation: true)</c>), for comparison.</summary>
    Interpreted,

    /// <summary>Trees of closures (<see cref="ClosureCompiler"/>): no code generation, for the natively compiled tool.</summary>
    Closures,
}

/// <summary>Chooses an <see cref="Evaluation"/> and applies it.</summary>
internal static class EvaluationExtensions
{
    extension(Evaluation)
    {
        /// <summary>Compiled where the runtime can generate code, closures where it cannot (Native AOT), unless asked otherwise.</summary>
        public static Evaluation Choose(bool interpret, bool closures) =>
            interpret ? Evaluation.Interpreted : closures || !RuntimeFeature.IsDynamicCodeCompiled ? Evaluation.Closures : Evaluation.Compiled;
    }

    public static Evaluator Make(this Evaluation mode, Expression<Evaluator> lambda) =>
        mode == Evaluation.Closures ? ClosureCompiler.Evaluator(lambda) : lambda.Compile(mode == Evaluation.Interpreted);

    public static JacobianEvaluator Make(this Evaluation mode, Expression<JacobianEvaluator> lambda) =>
        mode == Evaluation.Closures ? ClosureCompiler.Jacobian(lambda) : lambda.Compile(mode == Evaluation.Interpreted);

    public static Action<double[]> Make(this Evaluation mode, Expression<Action<double[]>> lambda) =>
        mode == Evaluation.Closures ? ClosureCompiler.Action(lambda) : lambda.Compile(mode == Evaluation.Interpreted);

    public static Action<double[], double[]> Make(this Evaluation mode, Expression<Action<double[], double[]>> lambda) =>
        mode == Evaluation.Closures ? ClosureCompiler.Action(lambda) : lambda.Compile(mode == Evaluation.Interpreted);
}
