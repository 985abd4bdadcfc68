using IonSim.CellML.MathML;
using LinqExpression = System.Linq.Expressions.Expression;

namespace IonSim.CellML.Compilation;

/// <summary>Evaluates algebraic variables into <c>a</c> and, when <c>dydt</c> is not null, the rates.</summary>
internal delegate void Evaluator(double t, double[] y, double[] p, double[] a, double[]? dydt);

/// <summary>
/// The delegates compiled from an analysed model: the right-hand side (with only the algebraic
/// variables the rates need), the remaining algebraic variables (for output; run after the
/// right-hand side), the computed constants, the initial state and the times where a piecewise
/// condition compares time with a constant; and, when first asked for, the Jacobian. Each equation is compiled once.
/// </summary>
internal sealed class CompiledModel
{
    private CompiledModel(
        Evaluator rates, Evaluator rest, Action<double[]> constants, Action<double[], double[]> initial, Action<double[], double[]> breakpoints, int breakpointCount, Lazy<CompiledJacobian> jacobian)
    {
        Jacobian = jacobian;
        Rates = rates;
        Rest = rest;
        Constants = constants;
        Initial = initial;
        Breakpoints = breakpoints;
        BreakpointCount = breakpointCount;
    }

    public Evaluator Rates { get; }

    /// <summary>Gets the algebraic variables the rates do not need; call after <see cref="Rates"/> at the same (t, y).</summary>
    public Evaluator Rest { get; }

    public Action<double[]> Constants { get; }

    public Action<double[], double[]> Initial { get; }

    public Action<double[], double[]> Breakpoints { get; }

    public int BreakpointCount { get; }

    /// <summary>Gets the Jacobian, compiled on first use (reading a model to list it or run it explicitly need not pay for it).</summary>
    public Lazy<CompiledJacobian> Jacobian { get; }

    /// <param name="analysis">The model.</param>
    /// <param name="mode">How the expression trees become delegates.</param>
    public static CompiledModel Compile(ModelAnalysis analysis, Evaluation mode = Evaluation.Compiled)
    {
        var builder = new ExpressionBuilder(analysis);
        var dydt = LinqExpression.Parameter(typeof(double[]), "dydt");

        var needed = NeededByRates(analysis);
        var rates = Evaluate(builder, analysis, dydt, analysis.Algebraics.Where(needed.Contains), withRates: true);
        var rest = Evaluate(builder, analysis, dydt, analysis.Algebraics.Where(a => !needed.Contains(a)), withRates: false);

        var constantBody = analysis.ComputedConstants
            .Select(c => (LinqExpression)LinqExpression.Assign(builder.Slot(c), builder.Number(c.Definition!)))
            .Append(LinqExpression.Empty());
        var constants = LinqExpression.Lambda<Action<double[]>>(LinqExpression.Block(constantBody), builder.P);

        var y0 = builder.Y;
        var initialBody = analysis.States
            .Select(s => (LinqExpression)LinqExpression.Assign(builder.Slot(s), builder.Number(s.Initial!)))
            .Append(LinqExpression.Empty());
        var initial = LinqExpression.Lambda<Action<double[], double[]>>(LinqExpression.Block(initialBody), builder.P, y0);

        var times = LinqExpression.Parameter(typeof(double[]), "times");
        var found = TimeComparisons(analysis).ToList();
        var breakpointBody = found
            .Select((e, i) => (LinqExpression)LinqExpression.Assign(LinqExpression.ArrayAccess(times, LinqExpression.Constant(i)), e(builder)))
            .Append(LinqExpression.Empty());
        var breakpoints = LinqExpression.Lambda<Action<double[], double[]>>(LinqExpression.Block(breakpointBody), builder.P, times);

        return new CompiledModel(
            mode.Make(rates), mode.Make(rest), mode.Make(constants), mode.Make(initial), mode.Make(breakpoints), found.Count,
            new Lazy<CompiledJacobian>(() => CompiledJacobian.Compile(analysis, mode)));
    }

    private static System.Linq.Expressions.Expression<Evaluator> Evaluate(
        ExpressionBuilder builder, ModelAnalysis analysis, System.Linq.Expressions.ParameterExpression dydt, IEnumerable<ValueClass> algebraics, bool withRates)
    {
        var body = new List<LinqExpression>();
        body.AddRange(algebraics.Select(c => LinqExpression.Assign(builder.Slot(c), builder.Number(c.Definition!))));
        if (withRates)
        {
            body.AddRange(analysis.States.Select(s => LinqExpression.Assign(
                LinqExpression.ArrayAccess(dydt, LinqExpression.Constant(s.Index)), Rate(builder, analysis, s.Equation!))));
        }

        body.Add(LinqExpression.Empty());
        return LinqExpression.Lambda<Evaluator>(LinqExpression.Block(body), builder.T, builder.Y, builder.P, builder.A, dydt);
    }

    /// <summary>
    /// dx/dt in the solver's time: the equation gives dx/dτ where τ is the component's own copy of time,
    /// τ = k·t, so dx/dt = k·dx/dτ.
    /// </summary>
    private static LinqExpression Rate(ExpressionBuilder builder, ModelAnalysis analysis, Equation equation)
    {
        var rhs = builder.Number(equation.Rhs);
        double factor = analysis.Resolve(equation.Bvar!).Factor;
        return factor == 1.0 ? rhs : LinqExpression.Multiply(rhs, LinqExpression.Constant(factor));
    }

    internal static HashSet<ValueClass> NeededByRates(ModelAnalysis analysis)
    {
        var needed = new HashSet<ValueClass>();
        var stack = new Stack<Expr>(analysis.States.Select(s => s.Equation!.Rhs));
        while (stack.Count > 0)
        {
            foreach (var reference in ModelAnalysis.References(stack.Pop()))
            {
                var valueClass = analysis.Resolve(reference).Class;
                if (valueClass.Kind == VariableKind.Algebraic && needed.Add(valueClass))
                {
                    stack.Push(valueClass.Definition!);
                }
            }
        }

        return needed;
    }

    /// <summary>
    /// Finds conditions that compare the variable of integration with a constant expression, and yields
    /// builders of that time (in the variable of integration's own units).
    /// </summary>
    private static IEnumerable<Func<ExpressionBuilder, LinqExpression>> TimeComparisons(ModelAnalysis analysis)
    {
        var voi = analysis.VariableOfIntegration;
        bool IsTime(Expr e) => e is Reference r && analysis.Resolve(r).Class == voi;
        bool IsConstant(Expr e) => e is not Cases && ModelAnalysis.References(e).All(r => analysis.Resolve(r).Class.Kind is VariableKind.Parameter or VariableKind.ComputedConstant)
            && !Contains(e, c => c is Call { Op: >= Op.Eq });

        var all = analysis.Classes.SelectMany(c => new[] { c.Equation?.Rhs }).OfType<Expr>();
        foreach (var expr in all)
        {
            foreach (var call in Nodes(expr).OfType<Call>().Where(c => c.Op is >= Op.Eq and <= Op.Leq))
            {
                var (left, right) = (call.Args[0], call.Args[1]);
                Reference? time = IsTime(left) && IsConstant(right) ? (Reference)left : IsTime(right) && IsConstant(left) ? (Reference)right : null;
                if (time is null)
                {
                    continue;
                }

                var constant = time == left ? right : left;
                double factor = analysis.Resolve(time).Factor;
                yield return b => LinqExpression.Divide(b.Number(constant), LinqExpression.Constant(factor));
            }
        }
    }

    private static bool Contains(Expr expr, Func<Expr, bool> predicate) => Nodes(expr).Any(predicate);

    private static IEnumerable<Expr> Nodes(Expr expr)
    {
        yield return expr;
        IEnumerable<Expr> children = expr switch
        {
            Call call => call.Args,
            Cases cases => cases.Pieces.SelectMany(p => new[] { p.Value, p.Condition }).Concat(cases.Otherwise is { } o ? [o] : []),
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var node in Nodes(child))
            {
                yield return node;
            }
        }
    }
}
