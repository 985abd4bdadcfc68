using System.Linq.Expressions;
using System.Reflection;
using IonSim.CellML.MathML;
using LinqExpression = System.Linq.Expressions.Expression;

namespace IonSim.CellML.Compilation;

/// <summary>
/// Turns MathML expressions into LINQ expression trees reading the time <c>t</c>, the state array
/// <c>y</c>, the constant array <c>p</c> and the algebraic array <c>a</c>, each value scaled from its
/// class units into the units of the variable as the component sees it.
/// </summary>
internal sealed class ExpressionBuilder(ModelAnalysis analysis)
{
    private static readonly MethodInfo Pow = Method(nameof(Math.Pow), 2);

    public ParameterExpression T { get; } = LinqExpression.Parameter(typeof(double), "t");

    public ParameterExpression Y { get; } = LinqExpression.Parameter(typeof(double[]), "y");

    public ParameterExpression P { get; } = LinqExpression.Parameter(typeof(double[]), "p");

    public ParameterExpression A { get; } = LinqExpression.Parameter(typeof(double[]), "a");

    /// <summary>Gets the slot that holds a class's value.</summary>
    public LinqExpression Slot(ValueClass valueClass) => valueClass.Kind switch
    {
        VariableKind.VariableOfIntegration => T,
        VariableKind.State => LinqExpression.ArrayAccess(Y, LinqExpression.Constant(valueClass.Index)),
        VariableKind.Algebraic => LinqExpression.ArrayAccess(A, LinqExpression.Constant(valueClass.Index)),
        _ => LinqExpression.ArrayAccess(P, LinqExpression.Constant(valueClass.Index)),
    };

    /// <summary>Builds a double-valued expression.</summary>
    public LinqExpression Number(Expr expr) => expr switch
    {
        MathML.Number n => LinqExpression.Constant(n.Value),
        Truth b => LinqExpression.Constant(b.Value ? 1.0 : 0.0),
        Reference r => Read(r),
        Cases c => Piecewise(c),
        Call { Op: >= Op.Eq } => LinqExpression.Condition(Condition(expr), LinqExpression.Constant(1.0), LinqExpression.Constant(0.0)),
        Call call => Arithmetic(call),
        _ => throw new InvalidOperationException($"unexpected node {expr.GetType().Name}"),
    };

    /// <summary>Builds a bool-valued expression.</summary>
    public LinqExpression Condition(Expr expr)
    {
        if (expr is Truth truth)
        {
            return LinqExpression.Constant(truth.Value);
        }

        if (expr is not Call { Op: >= Op.Eq } call)
        {
            return LinqExpression.NotEqual(Number(expr), LinqExpression.Constant(0.0));
        }

        var args = call.Args;
        return call.Op switch
        {
            Op.Eq => LinqExpression.Equal(Number(args[0]), Number(args[1])),
            Op.Neq => LinqExpression.NotEqual(Number(args[0]), Number(args[1])),
            Op.Gt => LinqExpression.GreaterThan(Number(args[0]), Number(args[1])),
            Op.Lt => LinqExpression.LessThan(Number(args[0]), Number(args[1])),
            Op.Geq => LinqExpression.GreaterThanOrEqual(Number(args[0]), Number(args[1])),
            Op.Leq => LinqExpression.LessThanOrEqual(Number(args[0]), Number(args[1])),
            Op.And => args.Select(Condition).Aggregate(LinqExpression.AndAlso),
            Op.Or => args.Select(Condition).Aggregate(LinqExpression.OrElse),
            Op.Xor => args.Select(Condition).Aggregate(LinqExpression.ExclusiveOr),
            Op.Not => LinqExpression.Not(Condition(args[0])),
            _ => throw new InvalidOperationException($"unexpected operator {call.Op}"),
        };
    }

    private LinqExpression Read(Reference reference)
    {
        var info = analysis.Resolve(reference);
        var slot = Slot(info.Class);
        return info.Factor == 1.0 ? slot : LinqExpression.Multiply(slot, LinqExpression.Constant(info.Factor));
    }

    private LinqExpression Piecewise(Cases cases)
    {
        LinqExpression result = cases.Otherwise is { } otherwise ? Number(otherwise) : LinqExpression.Constant(double.NaN);
        for (int i = cases.Pieces.Count - 1; i >= 0; i--)
        {
            var (value, condition) = cases.Pieces[i];
            result = LinqExpression.Condition(Condition(condition), Number(value), result);
        }

        return result;
    }

    private LinqExpression Arithmetic(Call call)
    {
        var args = call.Args;
        LinqExpression X() => Number(args[0]);
        LinqExpression Inverse(LinqExpression e) => LinqExpression.Divide(LinqExpression.Constant(1.0), e);
        return call.Op switch
        {
            Op.Plus => args.Select(Number).Aggregate(LinqExpression.Add),
            Op.Minus => args.Count == 1 ? LinqExpression.Negate(X()) : LinqExpression.Subtract(X(), Number(args[1])),
            Op.Times => args.Select(Number).Aggregate(LinqExpression.Multiply),
            Op.Divide => LinqExpression.Divide(X(), Number(args[1])),
            Op.Rem => LinqExpression.Modulo(X(), Number(args[1])),
            Op.Power => Power(X(), args[1]),
            Op.Root => args[1] is MathML.Number { Value: 2 } ? Call1("Sqrt", X())
                : args[1] is MathML.Number { Value: 3 } ? Call1("Cbrt", X())
                : LinqExpression.Call(Pow, X(), Inverse(Number(args[1]))),
            Op.Exp => Call1("Exp", X()),
            Op.Ln => Call1("Log", X()),
            Op.Log => args[1] is MathML.Number { Value: 10 } ? Call1("Log10", X())
                : LinqExpression.Divide(Call1("Log", X()), Call1("Log", Number(args[1]))),
            Op.Abs => Call1("Abs", X()),
            Op.Floor => Call1("Floor", X()),
            Op.Ceiling => Call1("Ceiling", X()),
            Op.Min => args.Select(Number).Aggregate((l, r) => LinqExpression.Call(Method("Min", 2), l, r)),
            Op.Max => args.Select(Number).Aggregate((l, r) => LinqExpression.Call(Method("Max", 2), l, r)),
            Op.Sin => Call1("Sin", X()),
            Op.Cos => Call1("Cos", X()),
            Op.Tan => Call1("Tan", X()),
            Op.Sec => Inverse(Call1("Cos", X())),
            Op.Csc => Inverse(Call1("Sin", X())),
            Op.Cot => Inverse(Call1("Tan", X())),
            Op.Sinh => Call1("Sinh", X()),
            Op.Cosh => Call1("Cosh", X()),
            Op.Tanh => Call1("Tanh", X()),
            Op.Sech => Inverse(Call1("Cosh", X())),
            Op.Csch => Inverse(Call1("Sinh", X())),
            Op.Coth => Inverse(Call1("Tanh", X())),
            Op.Arcsin => Call1("Asin", X()),
            Op.Arccos => Call1("Acos", X()),
            Op.Arctan => Call1("Atan", X()),
            Op.Arcsec => Call1("Acos", Inverse(X())),
            Op.Arccsc => Call1("Asin", Inverse(X())),
            Op.Arccot => Call1("Atan", Inverse(X())),
            Op.Arcsinh => Call1("Asinh", X()),
            Op.Arccosh => Call1("Acosh", X()),
            Op.Arctanh => Call1("Atanh", X()),
            Op.Arcsech => Call1("Acosh", Inverse(X())),
            Op.Arccsch => Call1("Asinh", Inverse(X())),
            Op.Arccoth => Call1("Atanh", Inverse(X())),
            _ => throw new InvalidOperationException($"unexpected operator {call.Op}"),
        };
    }

    /// <summary>Small integer powers become multiplications (exact, and far cheaper than Math.Pow).</summary>
    private LinqExpression Power(LinqExpression x, Expr exponent)
    {
        if (exponent is MathML.Number { Value: var n } && n == Math.Floor(n) && Math.Abs(n) <= 4 && n != 0)
        {
            var temp = LinqExpression.Variable(typeof(double), "b");
            LinqExpression product = temp;
            for (int i = 1; i < Math.Abs(n); i++)
            {
                product = LinqExpression.Multiply(product, temp);
            }

            if (n < 0)
            {
                product = LinqExpression.Divide(LinqExpression.Constant(1.0), product);
            }

            return LinqExpression.Block([temp], LinqExpression.Assign(temp, x), product);
        }

        if (exponent is MathML.Number { Value: 0.5 })
        {
            return Call1("Sqrt", x);
        }

        return LinqExpression.Call(Pow, x, Number(exponent));
    }

    private static MethodCallExpression Call1(string name, LinqExpression x) => LinqExpression.Call(Method(name, 1), x);

    private static MethodInfo Method(string name, int arity) =>
        typeof(System.Math).GetMethod(name, Enumerable.Repeat(typeof(double), arity).ToArray())
        ?? throw new InvalidOperationException($"Math.{name} not found");
}
