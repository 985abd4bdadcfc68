using System.Linq.Expressions;

namespace IonSim.CellML.Compilation;

/// <summary>
/// Turns the expression trees built for a model into trees of closures over a small frame of slots: one delegate call per
/// node, no code generated at run time. Where the runtime cannot generate code (the natively compiled tool),
/// <c>Expression.Compile</c> falls back to an interpreter that boxes every intermediate value; these closures do not.
/// Handles exactly the node kinds <see cref="ExpressionBuilder"/>, <see cref="Derivatives"/> and
/// <see cref="CompiledModel"/>/<see cref="CompiledJacobian"/> build (arithmetic, comparisons and logic on doubles,
/// <see cref="Math"/> functions, conditionals, array slots, blocks with local variables, assignments); anything else is
/// refused when the model is loaded, never met while it runs.
/// </summary>
internal sealed class ClosureCompiler
{
    private readonly Dictionary<ParameterExpression, int> _doubles = [];
    private readonly Dictionary<ParameterExpression, int> _arrays = [];

    private ClosureCompiler()
    {
    }

    public static Evaluator Evaluator(Expression<Evaluator> lambda)
    {
        var (run, size, slots) = Build(lambda);
        var frames = Frames(size);
        return (t, y, p, a, dydt) =>
        {
            var frame = frames.Value!;
            frame.Doubles[slots[0]] = t;
            (frame.Arrays[slots[1]], frame.Arrays[slots[2]], frame.Arrays[slots[3]], frame.Arrays[slots[4]]) = (y, p, a, dydt);
            run(frame);
        };
    }

    public static JacobianEvaluator Jacobian(Expression<JacobianEvaluator> lambda)
    {
        var (run, size, slots) = Build(lambda);
        var frames = Frames(size);
        return (t, y, p, a, d, entries, dfdt) =>
        {
            var frame = frames.Value!;
            frame.Doubles[slots[0]] = t;
            (frame.Arrays[slots[1]], frame.Arrays[slots[2]], frame.Arrays[slots[3]], frame.Arrays[slots[4]]) = (y, p, a, d);
            (frame.Arrays[slots[5]], frame.Arrays[slots[6]]) = (entries, dfdt);
            run(frame);
        };
    }

    public static Action<double[]> Action(Expression<Action<double[]>> lambda)
    {
        var (run, size, slots) = Build(lambda);
        var frames = Frames(size);
        return x =>
        {
            var frame = frames.Value!;
            frame.Arrays[slots[0]] = x;
            run(frame);
        };
    }

    public static Action<double[], double[]> Action(Expression<Action<double[], double[]>> lambda)
    {
        var (run, size, slots) = Build(lambda);
        var frames = Frames(size);
        return (x, z) =>
        {
            var frame = frames.Value!;
            (frame.Arrays[slots[0]], frame.Arrays[slots[1]]) = (x, z);
            run(frame);
        };
    }

    // One frame per thread and delegate, reused: an evaluation allocates nothing (as the compiled delegates do not), and
    // threads sharing a model do not share slots. An evaluation never calls back into itself, so one frame a thread suffices.
    private static ThreadLocal<Frame> Frames((int Doubles, int Arrays) size) => new(() => new Frame(size));

    private static (Action<Frame> Run, (int Doubles, int Arrays) Size, int[] Slots) Build(LambdaExpression lambda)
    {
        var compiler = new ClosureCompiler();
        int[] slots = [.. lambda.Parameters.Select(compiler.Declare)];
        Action<Frame> run = compiler.Statement(lambda.Body);

        // Declared as met, so the sizes are known only after the body is compiled.
        return (run, (compiler._doubles.Count, compiler._arrays.Count), slots);
    }

    private int Declare(ParameterExpression parameter) =>
        parameter.Type == typeof(double) ? Add(_doubles, parameter)
        : parameter.Type == typeof(double[]) ? Add(_arrays, parameter)
        : throw Unsupported(parameter);

    private static int Add(Dictionary<ParameterExpression, int> slots, ParameterExpression parameter)
    {
        if (!slots.TryGetValue(parameter, out int slot))
        {
            slots[parameter] = slot = slots.Count;
        }

        return slot;
    }

    private Action<Frame> Statement(Expression expression)
    {
        switch (expression)
        {
            case DefaultExpression:
                return static _ => { };
            case BlockExpression block:
                foreach (ParameterExpression variable in block.Variables)
                {
                    Declare(variable);
                }

                Action<Frame>[] steps = [.. block.Expressions.Select(Statement)];
                return frame =>
                {
                    foreach (Action<Frame> step in steps)
                    {
                        step(frame);
                    }
                };
            case BinaryExpression { NodeType: ExpressionType.Assign, Left: ParameterExpression local } assign:
            {
                int slot = Add(_doubles, local);
                Func<Frame, double> value = Number(assign.Right);
                return frame => frame.Doubles[slot] = value(frame);
            }

            case BinaryExpression { NodeType: ExpressionType.Assign, Left: IndexExpression target } assign:
            {
                var (array, index) = Slot(target);
                Func<Frame, double> value = Number(assign.Right);
                return frame => frame.Arrays[array]![index] = value(frame);
            }

            default:
                return expression.Type == typeof(double) ? Discard(Number(expression)) : throw Unsupported(expression);
        }
    }

    private static Action<Frame> Discard(Func<Frame, double> value) => frame => value(frame);

    private (int Array, int Index) Slot(IndexExpression access) =>
        access is { Object: ParameterExpression array, Arguments: [ConstantExpression { Value: int index }] } && array.Type == typeof(double[])
            ? (Add(_arrays, array), index)
            : throw Unsupported(access);

    private Func<Frame, double> Number(Expression expression)
    {
        switch (expression)
        {
            case ConstantExpression { Value: double value }:
                return _ => value;
            case ParameterExpression parameter when parameter.Type == typeof(double):
            {
                int slot = Add(_doubles, parameter);
                return frame => frame.Doubles[slot];
            }

            case IndexExpression access:
            {
                var (array, index) = Slot(access);
                return frame => frame.Arrays[array]![index];
            }

            case UnaryExpression { NodeType: ExpressionType.Negate } negate:
            {
                Func<Frame, double> operand = Number(negate.Operand);
                return frame => -operand(frame);
            }

            case BinaryExpression { NodeType: ExpressionType.Assign } assign:
            {
                // An assignment's value is what it stored (not built today, but cheap to honour).
                Action<Frame> store = Statement(assign);
                Func<Frame, double> read = Number(assign.Left);
                return frame =>
                {
                    store(frame);
                    return read(frame);
                };
            }

            case BinaryExpression binary when binary.Type == typeof(double):
                return Arithmetic(binary);
            case ConditionalExpression conditional when conditional.Type == typeof(double):
            {
                Func<Frame, bool> test = Truth(conditional.Test);
                Func<Frame, double> then = Number(conditional.IfTrue), otherwise = Number(conditional.IfFalse);
                return frame => test(frame) ? then(frame) : otherwise(frame);
            }

            case MethodCallExpression { Object: null } call when call.Method.DeclaringType == typeof(Math) && call.Type == typeof(double):
                return MathCall(call);
            case BlockExpression block when block.Type == typeof(double):
            {
                foreach (ParameterExpression variable in block.Variables)
                {
                    Declare(variable);
                }

                Action<Frame>[] steps = [.. block.Expressions.SkipLast(1).Select(Statement)];
                Func<Frame, double> result = Number(block.Expressions[^1]);
                return frame =>
                {
                    foreach (Action<Frame> step in steps)
                    {
                        step(frame);
                    }

                    return result(frame);
                };
            }

            default:
                throw Unsupported(expression);
        }
    }

    private Func<Frame, double> Arithmetic(BinaryExpression binary)
    {
        Func<Frame, double> l = Number(binary.Left), r = Number(binary.Right);
        return binary.NodeType switch
        {
            ExpressionType.Add => frame => l(frame) + r(frame),
            ExpressionType.Subtract => frame => l(frame) - r(frame),
            ExpressionType.Multiply => frame => l(frame) * r(frame),
            ExpressionType.Divide => frame => l(frame) / r(frame),
            ExpressionType.Modulo => frame => l(frame) % r(frame),
            ExpressionType.Power => frame => Math.Pow(l(frame), r(frame)),
            _ => throw Unsupported(binary),
        };
    }

    private Func<Frame, bool> Truth(Expression expression)
    {
        switch (expression)
        {
            case ConstantExpression { Value: bool value }:
                return _ => value;
            case UnaryExpression { NodeType: ExpressionType.Not } not when not.Type == typeof(bool):
            {
                Func<Frame, bool> operand = Truth(not.Operand);
                return frame => !operand(frame);
            }

            case BinaryExpression binary when binary.Left.Type == typeof(bool):
            {
                Func<Frame, bool> l = Truth(binary.Left), r = Truth(binary.Right);
                return binary.NodeType switch
                {
                    ExpressionType.AndAlso => frame => l(frame) && r(frame),
                    ExpressionType.OrElse => frame => l(frame) || r(frame),
                    ExpressionType.ExclusiveOr => frame => l(frame) ^ r(frame),
                    _ => throw Unsupported(binary),
                };
            }

            case BinaryExpression binary when binary.Left.Type == typeof(double):
            {
                Func<Frame, double> l = Number(binary.Left), r = Number(binary.Right);
                return binary.NodeType switch
                {
                    ExpressionType.Equal => frame => l(frame) == r(frame),
                    ExpressionType.NotEqual => frame => l(frame) != r(frame),
                    ExpressionType.GreaterThan => frame => l(frame) > r(frame),
                    ExpressionType.GreaterThanOrEqual => frame => l(frame) >= r(frame),
                    ExpressionType.LessThan => frame => l(frame) < r(frame),
                    ExpressionType.LessThanOrEqual => frame => l(frame) <= r(frame),
                    _ => throw Unsupported(binary),
                };
            }

            default:
                throw Unsupported(expression);
        }
    }

    private Func<Frame, double> MathCall(MethodCallExpression call)
    {
        if (call.Arguments is [var only] && Unary(call.Method.Name) is { } f)
        {
            Func<Frame, double> x = Number(only);
            return frame => f(x(frame));
        }

        if (call.Arguments is [var first, var second] && Binary(call.Method.Name) is { } g)
        {
            Func<Frame, double> x = Number(first), y = Number(second);
            return frame => g(x(frame), y(frame));
        }

        throw Unsupported(call);
    }

    private static Func<double, double>? Unary(string name) => name switch
    {
        nameof(Math.Abs) => Math.Abs,
        nameof(Math.Acos) => Math.Acos,
        nameof(Math.Acosh) => Math.Acosh,
        nameof(Math.Asin) => Math.Asin,
        nameof(Math.Asinh) => Math.Asinh,
        nameof(Math.Atan) => Math.Atan,
        nameof(Math.Atanh) => Math.Atanh,
        nameof(Math.Cbrt) => Math.Cbrt,
        nameof(Math.Ceiling) => Math.Ceiling,
        nameof(Math.Cos) => Math.Cos,
        nameof(Math.Cosh) => Math.Cosh,
        nameof(Math.Exp) => Math.Exp,
        nameof(Math.Floor) => Math.Floor,
        nameof(Math.Log) => Math.Log,
        nameof(Math.Log10) => Math.Log10,
        nameof(Math.Sin) => Math.Sin,
        nameof(Math.Sinh) => Math.Sinh,
        nameof(Math.Sqrt) => Math.Sqrt,
        nameof(Math.Tan) => Math.Tan,
        nameof(Math.Tanh) => Math.Tanh,
        _ => null,
    };

    private static Func<double, double, double>? Binary(string name) => name switch
    {
        nameof(Math.Pow) => Math.Pow,
        nameof(Math.Min) => Math.Min,
        nameof(Math.Max) => Math.Max,
        nameof(Math.Atan2) => Math.Atan2,
        _ => null,
    };

    private static NotSupportedException Unsupported(Expression expression) =>
        new($"The closure evaluator has no rule for a {expression.NodeType} node of type {expression.Type.Name}: {expression}");

    /// <summary>One evaluation's slots: the double parameters and block variables, and the array parameters.</summary>
    private sealed class Frame((int Doubles, int Arrays) size)
    {
        public double[] Doubles { get; } = new double[size.Doubles];

        public double[]?[] Arrays { get; } = new double[]?[size.Arrays];
    }
}
