using IonSim.CellML.MathML;
using LinqExpression = System.Linq.Expressions.Expression;

namespace IonSim.CellML.Compilation;

/// <summary>
/// Writes the Jacobian's entries (in the order of <see cref="CompiledJacobian.Rows"/> and
/// <see cref="CompiledJacobian.Columns"/>) and ∂f/∂t, using <c>a</c> for the algebraic variables and
/// <c>d</c> for their derivatives.
/// </summary>
internal delegate void JacobianEvaluator(double t, double[] y, double[] p, double[] a, double[] d, double[] entries, double[] dfdt);

/// <summary>
/// The model's Jacobian ∂f/∂y and ∂f/∂t compiled from symbolic derivatives of its equations. Each
/// equation's partial derivatives with respect to the variables it reads are formed once (by
/// <see cref="Derivatives"/>) and combined by the chain rule with the derivatives of those variables
/// with respect to each state (and time) they depend on, in dependency order, so an algebraic variable's
/// derivatives are computed once however many rates read it. The entries are exactly the pattern of
/// <see cref="ModelAnalysis.RateDependencies"/>.
/// </summary>
internal sealed class CompiledJacobian
{
    private CompiledJacobian(JacobianEvaluator evaluate, int[] rows, int[] columns, int derivativeSlots)
    {
        Evaluate = evaluate;
        Rows = rows;
        Columns = columns;
        DerivativeSlots = derivativeSlots;
    }

    public JacobianEvaluator Evaluate { get; }

    /// <summary>Gets the row (rate) of each entry.</summary>
    public int[] Rows { get; }

    /// <summary>Gets the column (state) of each entry.</summary>
    public int[] Columns { get; }

    /// <summary>Gets the length of the <c>d</c> array: one slot per (algebraic variable, state or time it depends on).</summary>
    public int DerivativeSlots { get; }

    public static CompiledJacobian Compile(ModelAnalysis analysis, Evaluation mode)
    {
        var values = new ExpressionBuilder(analysis);
        var derivatives = new Derivatives(analysis, values);
        var d = LinqExpression.Parameter(typeof(double[]), "d");
        var entries = LinqExpression.Parameter(typeof(double[]), "entries");
        var dfdt = LinqExpression.Parameter(typeof(double[]), "dfdt");
        int n = analysis.States.Count;
        int time = n; // the column of the variable of integration

        // The states (and time, as column n) each class depends on, and where an algebraic's derivatives live.
        var dependsOn = new Dictionary<ValueClass, int[]>();
        var slots = new Dictionary<(ValueClass, int), int>();
        foreach (var state in analysis.States)
        {
            dependsOn[state] = [state.Index];
        }

        dependsOn[analysis.VariableOfIntegration] = [time];
        int[] Columns(Expr expr) => Referenced(analysis, expr).SelectMany(c => dependsOn.GetValueOrDefault(c, [])).Distinct().Order().ToArray();
        LinqExpression DerivativeOf(ValueClass c, int column) =>
            c.Kind is VariableKind.State or VariableKind.VariableOfIntegration ? LinqExpression.Constant(1.0) : LinqExpression.ArrayAccess(d, LinqExpression.Constant(slots[(c, column)]));

        // One block per equation: the partials with respect to what it reads, then one chain-rule sum per column.
        LinqExpression Chain(Expr expr, int[] columns, double factor, Func<int, LinqExpression> target)
        {
            var temps = new List<System.Linq.Expressions.ParameterExpression>();
            var body = new List<LinqExpression>();
            var partials = new List<(ValueClass Class, LinqExpression Value)>();
            foreach (var c in Referenced(analysis, expr).Where(dependsOn.ContainsKey))
            {
                if (derivatives.Partial(expr, c) is { } partial)
                {
                    var temp = LinqExpression.Variable(typeof(double), "p");
                    temps.Add(temp);
                    body.Add(LinqExpression.Assign(temp, partial));
                    partials.Add((c, temp));
                }
            }

            foreach (int column in columns)
            {
                LinqExpression? sum = null;
                foreach (var (c, value) in partials.Where(p => dependsOn[p.Class].Contains(column)))
                {
                    var term = LinqExpression.Multiply(value, DerivativeOf(c, column));
                    sum = sum is null ? term : LinqExpression.Add(sum, term);
                }

                sum ??= LinqExpression.Constant(0.0);
                body.Add(LinqExpression.Assign(target(column), factor == 1.0 ? sum : LinqExpression.Multiply(sum, LinqExpression.Constant(factor))));
            }

            body.Add(LinqExpression.Empty());
            return LinqExpression.Block(temps, body);
        }

        var code = new List<LinqExpression>();
        var needed = CompiledModel.NeededByRates(analysis);
        foreach (var algebraic in analysis.Algebraics.Where(needed.Contains))
        {
            code.Add(LinqExpression.Assign(values.Slot(algebraic), values.Number(algebraic.Definition!)));
            int[] columns = Columns(algebraic.Definition!);
            if (columns.Length == 0)
            {
                continue;
            }

            dependsOn[algebraic] = columns;
            foreach (int column in columns)
            {
                slots[(algebraic, column)] = slots.Count;
            }

            code.Add(Chain(algebraic.Definition!, columns, 1.0, column => LinqExpression.ArrayAccess(d, LinqExpression.Constant(slots[(algebraic, column)]))));
        }

        var rows = new List<int>();
        var entryColumns = new List<int>();
        foreach (var state in analysis.States)
        {
            var rhs = state.Equation!.Rhs;
            int[] columns = Columns(rhs);
            var entryOf = new Dictionary<int, int>();
            foreach (int column in columns.Where(c => c != time))
            {
                entryOf[column] = rows.Count;
                rows.Add(state.Index);
                entryColumns.Add(column);
            }

            double factor = analysis.Resolve(state.Equation.Bvar!).Factor;
            code.Add(Chain(rhs, columns, factor, column => column == time
                ? LinqExpression.ArrayAccess(dfdt, LinqExpression.Constant(state.Index))
                : LinqExpression.ArrayAccess(entries, LinqExpression.Constant(entryOf[column]))));
        }

        code.Add(LinqExpression.Empty());
        var lambda = LinqExpression.Lambda<JacobianEvaluator>(LinqExpression.Block(code), values.T, values.Y, values.P, values.A, d, entries, dfdt);
        return new CompiledJacobian(mode.Make(lambda), [.. rows], [.. entryColumns], slots.Count);
    }

    private static IEnumerable<ValueClass> Referenced(ModelAnalysis analysis, Expr expr) =>
        ModelAnalysis.References(expr).Select(r => analysis.Resolve(r).Class).Distinct();
}
