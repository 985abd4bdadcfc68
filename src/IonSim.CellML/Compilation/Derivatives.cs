using IonSim.CellML.MathML;
using LinqExpression = System.Linq.Expressions.Expression;

namespace IonSim.CellML.Compilation;

/// <summary>
/// Symbolic partial derivatives of MathML expressions, as LINQ expression trees over the same slots as
/// <see cref="ExpressionBuilder"/>: ∂e/∂c for one value class c, every other slot held fixed. A null
/// result means the derivative is zero everywhere (the expression does not read c, or reads it only in a
/// condition or through floor/ceiling), so that callers can skip it.
/// </summary>
/// <remarks>
/// A piecewise expression is differentiated piece by piece (the derivative of the piece that holds);
/// min/max by the argument that is chosen, abs by the sign of its argument. These are the derivatives
/// almost everywhere, which is what a Jacobian for a stiff method needs; at the switching points
/// themselves the one-sided derivative of the chosen branch is used.
/// </remarks>
internal sealed class Derivatives(ModelAnalysis analysis, ExpressionBuilder values)
{
    private static readonly LinqExpression One = LinqExpression.Constant(1.0);

    /// <summary>Builds ∂<paramref name="expr"/>/∂<paramref name="variable"/>, or null when it is identically zero.</summary>
    public LinqExpression? Partial(Expr expr, ValueClass variable) => expr switch
    {
        Reference r => analysis.Resolve(r) is { } info && info.Class == variable ? LinqExpression.Constant(info.Factor) : null,
        Cases c => Piecewise(c, variable),
        Call { Op: >= Op.Eq } => null,
        Call call => Arithmetic(call, variable),
        _ => null,
    };

    private LinqExpression? Piecewise(Cases cases, ValueClass variable)
    {
        var otherwise = cases.Otherwise is { } o ? Partial(o, variable) : null;
        var pieces = cases.Pieces.Select(p => Partial(p.Value, variable)).ToList();
        if (otherwise is null && pieces.All(p => p is null))
        {
            return null;
        }

        LinqExpression result = otherwise ?? (cases.Otherwise is null ? LinqExpression.Constant(double.NaN) : Zero);
        for (int i = cases.Pieces.Count - 1; i >= 0; i--)
        {
            result = LinqExpression.Condition(values.Condition(cases.Pieces[i].Condition), pieces[i] ?? Zero, result);
        }

        return result;
    }

    private static LinqExpression Zero => LinqExpression.Constant(0.0);

    private LinqExpression? Arithmetic(Call call, ValueClass variable)
    {
        var args = call.Args;
        LinqExpression V(int i) => values.Number(args[i]);
        LinqExpression? D(int i) => Partial(args[i], variable);

        // Unary functions: f'(x)·x', with x evaluated once.
        LinqExpression? Chain(Func<LinqExpression, LinqExpression> outer) =>
            D(0) is { } dx ? Multiply(Let(V(0), outer), dx) : null;

        return call.Op switch
        {
            Op.Plus => Sum(args.Select((_, i) => D(i))),
            Op.Minus when args.Count == 1 => D(0) is { } d ? LinqExpression.Negate(d) : null,
            Op.Minus => Difference(D(0), D(1)),
            Op.Times => Product(call, variable),
            Op.Divide => Quotient(args[0], args[1], variable),
            Op.Rem => D(1) is { } dy
                ? Difference(D(0), Multiply(Call("Truncate", LinqExpression.Divide(V(0), V(1))), dy))
                : D(0),
            Op.Power => Power(args[0], args[1], variable),
            Op.Root => Power(args[0], args[1], variable, reciprocal: true),
            Op.Exp => Chain(x => Call("Exp", x)),
            Op.Ln => Chain(x => LinqExpression.Divide(One, x)),
            Op.Log => Logarithm(args[0], args[1], variable),
            Op.Abs => D(0) is { } da ? LinqExpression.Condition(LinqExpression.LessThan(V(0), Zero), LinqExpression.Negate(da), da) : null,
            Op.Floor or Op.Ceiling => null,
            Op.Min => Extremum(args, variable, "Min"),
            Op.Max => Extremum(args, variable, "Max"),
            Op.Sin => Chain(x => Call("Cos", x)),
            Op.Cos => Chain(x => LinqExpression.Negate(Call("Sin", x))),
            Op.Tan => Chain(x => Reciprocal(Square(Call("Cos", x)))),
            Op.Sec => Chain(x => LinqExpression.Divide(Call("Tan", x), Call("Cos", x))),
            Op.Csc => Chain(x => LinqExpression.Negate(LinqExpression.Divide(Reciprocal(Call("Tan", x)), Call("Sin", x)))),
            Op.Cot => Chain(x => LinqExpression.Negate(Reciprocal(Square(Call("Sin", x))))),
            Op.Sinh => Chain(x => Call("Cosh", x)),
            Op.Cosh => Chain(x => Call("Sinh", x)),
            Op.Tanh => Chain(x => Reciprocal(Square(Call("Cosh", x)))),
            Op.Sech => Chain(x => LinqExpression.Negate(LinqExpression.Divide(Call("Tanh", x), Call("Cosh", x)))),
            Op.Csch => Chain(x => LinqExpression.Negate(LinqExpression.Divide(Reciprocal(Call("Tanh", x)), Call("Sinh", x)))),
            Op.Coth => Chain(x => LinqExpression.Negate(Reciprocal(Square(Call("Sinh", x))))),
            Op.Arcsin => Chain(x => Reciprocal(Call("Sqrt", LinqExpression.Subtract(One, Square(x))))),
            Op.Arccos => Chain(x => LinqExpression.Negate(Reciprocal(Call("Sqrt", LinqExpression.Subtract(One, Square(x)))))),
            Op.Arctan => Chain(x => Reciprocal(LinqExpression.Add(One, Square(x)))),
            Op.Arcsinh => Chain(x => Reciprocal(Call("Sqrt", LinqExpression.Add(Square(x), One)))),
            Op.Arccosh => Chain(x => Reciprocal(Call("Sqrt", LinqExpression.Subtract(Square(x), One)))),
            Op.Arctanh => Chain(x => Reciprocal(LinqExpression.Subtract(One, Square(x)))),

            // The inverse of a reciprocal function is the inverse function of 1/x: f(1/x)' = f'(1/x)·(−1/x²).
            Op.Arcsec => Chain(x => OfReciprocal(x, u => Reciprocal(Call("Sqrt", LinqExpression.Subtract(One, Square(u)))), outerIsNegative: true)),
            Op.Arccsc => Chain(x => OfReciprocal(x, u => Reciprocal(Call("Sqrt", LinqExpression.Subtract(One, Square(u)))), outerIsNegative: false)),
            Op.Arccot => Chain(x => OfReciprocal(x, u => Reciprocal(LinqExpression.Add(One, Square(u))), outerIsNegative: false)),
            Op.Arcsech => Chain(x => OfReciprocal(x, u => Reciprocal(Call("Sqrt", LinqExpression.Subtract(Square(u), One))), outerIsNegative: false)),
            Op.Arccsch => Chain(x => OfReciprocal(x, u => Reciprocal(Call("Sqrt", LinqExpression.Add(Square(u), One))), outerIsNegative: false)),
            Op.Arccoth => Chain(x => OfReciprocal(x, u => Reciprocal(LinqExpression.Subtract(One, Square(u))), outerIsNegative: false)),
            _ => throw new InvalidOperationException($"no derivative for operator {call.Op}"),
        };
    }

    // d/dx g(1/x) = −g'(1/x)/x², with outer = |g'| (arcsec's g = arccos has g' = −1/√(1−u²): outerIsNegative).
    private static LinqExpression OfReciprocal(LinqExpression x, Func<LinqExpression, LinqExpression> outer, bool outerIsNegative)
    {
        var derivative = LinqExpression.Divide(outer(Reciprocal(x)), Square(x));
        return outerIsNegative ? derivative : LinqExpression.Negate(derivative);
    }

    private LinqExpression? Product(Call call, ValueClass variable)
    {
        var args = call.Args;
        var terms = new List<LinqExpression>();
        for (int k = 0; k < args.Count; k++)
        {
            if (Partial(args[k], variable) is not { } dk)
            {
                continue;
            }

            LinqExpression term = dk;
            for (int m = 0; m < args.Count; m++)
            {
                if (m != k)
                {
                    term = LinqExpression.Multiply(term, values.Number(args[m]));
                }
            }

            terms.Add(term);
        }

        return Sum(terms);
    }

    // (u/v)' = (u' − (u/v)·v')/v.
    private LinqExpression? Quotient(Expr u, Expr v, ValueClass variable)
    {
        var du = Partial(u, variable);
        var dv = Partial(v, variable);
        if (dv is null)
        {
            return du is null ? null : LinqExpression.Divide(du, values.Number(v));
        }

        return Let(values.Number(v), vv => LinqExpression.Divide(Difference(du, Multiply(LinqExpression.Divide(values.Number(u), vv), dv))!, vv));
    }

    // (x^e)' = e·x^(e−1)·x' + x^e·ln(x)·e'; a root of degree k is x^(1/k).
    private LinqExpression? Power(Expr x, Expr exponent, ValueClass variable, bool reciprocal = false)
    {
        var dx = Partial(x, variable);
        var de = Partial(exponent, variable);
        if (dx is null && de is null)
        {
            return null;
        }

        LinqExpression e = reciprocal ? Reciprocal(values.Number(exponent)) : values.Number(exponent);
        LinqExpression? result = null;
        if (dx is not null)
        {
            LinqExpression outer = exponent is Number { Value: var n } && !reciprocal && n == Math.Floor(n) && n >= 1 && n <= 5
                ? n == 1 ? One : LinqExpression.Multiply(LinqExpression.Constant(n), IntegerPower(values.Number(x), (int)n - 1))
                : Let(e, ev => LinqExpression.Multiply(ev, PowCall(values.Number(x), LinqExpression.Subtract(ev, One))));
            result = Multiply(outer, dx);
        }

        if (de is not null)
        {
            var dExponent = reciprocal ? LinqExpression.Negate(LinqExpression.Multiply(Square(e), de)) : de;
            var term = Let(values.Number(x), xv => LinqExpression.Multiply(PowCall(xv, e), Call("Log", xv)));
            result = Sum([result, Multiply(term, dExponent)]);
        }

        return result;
    }

    // log_b(x) = ln x / ln b.
    private LinqExpression? Logarithm(Expr x, Expr logBase, ValueClass variable)
    {
        var dx = Partial(x, variable);
        var db = Partial(logBase, variable);
        if (dx is null && db is null)
        {
            return null;
        }

        var lnB = Call("Log", values.Number(logBase));
        LinqExpression? result = dx is null ? null : LinqExpression.Divide(dx, LinqExpression.Multiply(values.Number(x), lnB));
        if (db is not null)
        {
            var term = LinqExpression.Divide(Call("Log", values.Number(x)), LinqExpression.Multiply(values.Number(logBase), Square(lnB)));
            result = Difference(result, Multiply(term, db));
        }

        return result;
    }

    // min/max folded left as the evaluation does: the derivative of the argument the fold keeps.
    private LinqExpression? Extremum(IReadOnlyList<Expr> args, ValueClass variable, string name)
    {
        var partials = args.Select(a => Partial(a, variable)).ToList();
        if (partials.All(p => p is null))
        {
            return null;
        }

        LinqExpression value = values.Number(args[0]);
        LinqExpression derivative = partials[0] ?? Zero;
        for (int i = 1; i < args.Count; i++)
        {
            var right = values.Number(args[i]);
            var keepsLeft = name == "Min" ? LinqExpression.LessThanOrEqual(value, right) : LinqExpression.GreaterThanOrEqual(value, right);
            derivative = LinqExpression.Condition(keepsLeft, derivative, partials[i] ?? Zero);
            value = LinqExpression.Call(typeof(Math).GetMethod(name, [typeof(double), typeof(double)])!, value, right);
        }

        return derivative;
    }

    private static LinqExpression? Sum(IEnumerable<LinqExpression?> terms)
    {
        LinqExpression? sum = null;
        foreach (var term in terms)
        {
            if (term is not null)
            {
                sum = sum is null ? term : LinqExpression.Add(sum, term);
            }
        }

        return sum;
    }

    private static LinqExpression? Difference(LinqExpression? a, LinqExpression? b) =>
        b is null ? a : a is null ? LinqExpression.Negate(b) : LinqExpression.Subtract(a, b);

    private static LinqExpression? Multiply(LinqExpression? a, LinqExpression? b) =>
        a is null || b is null ? null : LinqExpression.Multiply(a, b);

    private static LinqExpression Reciprocal(LinqExpression x) => LinqExpression.Divide(One, x);

    private static LinqExpression Square(LinqExpression x) => Let(x, v => LinqExpression.Multiply(v, v));

    private static LinqExpression IntegerPower(LinqExpression x, int n) => n == 0 ? One : Let(x, v =>
    {
        LinqExpression product = v;
        for (int i = 1; i < n; i++)
        {
            product = LinqExpression.Multiply(product, v);
        }

        return product;
    });

    private static LinqExpression PowCall(LinqExpression x, LinqExpression e) =>
        LinqExpression.Call(typeof(Math).GetMethod(nameof(Math.Pow), [typeof(double), typeof(double)])!, x, e);

    private static LinqExpression Call(string name, LinqExpression x) =>
        LinqExpression.Call(typeof(Math).GetMethod(name, [typeof(double)])!, x);

    // Evaluates a value once into a block variable and builds the body over it.
    private static LinqExpression Let(LinqExpression value, Func<LinqExpression, LinqExpression> body)
    {
        if (value is System.Linq.Expressions.ConstantExpression or System.Linq.Expressions.ParameterExpression)
        {
            return body(value);
        }

        var temp = LinqExpression.Variable(typeof(double), "v");
        return LinqExpression.Block([temp], LinqExpression.Assign(temp, value), body(temp));
    }
}
