using System.Collections.Frozen;
using System.Globalization;
using IonSim.CellML.Compilation;
using IonSim.Integration;

namespace IonSim.CellML;

/// <summary>
/// A CellML model compiled to an <see cref="IOdeSystem"/>: the right-hand side runs as a compiled
/// delegate, and any variable can be looked up by <c>component.variable</c> and evaluated at a state.
/// Its Jacobian is compiled from symbolic derivatives of the equations (on first use), so the stiff
/// method needs no finite differences.
/// </summary>
/// <remarks>
/// Time and every value are in the units the file gives them (see <see cref="ModelVariable.Units"/>);
/// the state vector holds each state in the units of the variable that defines it. Immutable and
/// thread-safe: <see cref="With"/> returns a new model sharing the compiled code.
/// </remarks>
public sealed class CellMLModel : IJacobianSystem
{
    [ThreadStatic]
    private static Scratch? scratch;

    private readonly ModelAnalysis analysis;
    private readonly CompiledModel compiled;
    private readonly double[] constants;
    private readonly double[] initialState;
    private readonly FrozenDictionary<string, ModelVariable> byName;

    internal CellMLModel(string sourceName, ModelAnalysis analysis, CompiledModel compiled)
        : this(sourceName, analysis, compiled, Variables(analysis), [], null)
    {
    }

    private CellMLModel(
        string sourceName, ModelAnalysis analysis, CompiledModel compiled, IReadOnlyList<ModelVariable> variables, IReadOnlyList<(ModelVariable Variable, double Value)> overrides, JacobianSparsity? sparsity)
    {
        this.analysis = analysis;
        this.compiled = compiled;
        SourceName = sourceName;
        AllVariables = variables;
        Overrides = overrides;
        byName = variables.ToFrozenDictionary(v => v.QualifiedName, StringComparer.Ordinal);
        States = analysis.States.Select(Definer).ToArray();
        Parameters = variables.Where(v => v.Kind == VariableKind.Parameter && v.IsDefinition).ToArray();
        VariableOfIntegration = Definer(analysis.VariableOfIntegration);

        constants = new double[analysis.Parameters.Count + analysis.ComputedConstants.Count];
        foreach (var parameter in analysis.Parameters)
        {
            constants[parameter.Index] = ((MathML.Number)parameter.Initial!).Value;
        }

        foreach (var (variable, value) in overrides.Where(o => o.Variable.Kind == VariableKind.Parameter))
        {
            constants[variable.Info.Class.Index] = value / variable.Info.Factor;
        }

        compiled.Constants(constants);
        initialState = new double[Dimension];
        compiled.Initial(constants, initialState);
        foreach (var (variable, value) in overrides.Where(o => o.Variable.Kind == VariableKind.State))
        {
            initialState[variable.StateIndex] = value / variable.Info.Factor;
        }

        JacobianSparsity = sparsity ?? new JacobianSparsity(Dimension, analysis.RateDependencies());
        var times = new double[compiled.BreakpointCount];
        compiled.Breakpoints(constants, times);
        TimeDiscontinuities = times.Where(double.IsFinite).Distinct().Order().ToArray();
    }

    /// <summary>Gets the model's name (the <c>name</c> of its <c>model</c> element).</summary>
    public string Name => analysis.Raw.Name;

    /// <summary>Gets the file name (or source name) the model was read from.</summary>
    public string SourceName { get; }

    /// <summary>Gets the CellML version: "1.0", "1.1" or "2.0".</summary>
    public string CellMLVersion => analysis.Raw.Version switch { 10 => "1.0", 11 => "1.1", _ => "2.0" };

    /// <summary>Gets the component names, in file order.</summary>
    public IReadOnlyList<string> Components => analysis.Raw.ComponentOrder.Select(c => c.Name).ToArray();

    /// <inheritdoc/>
    public int Dimension => analysis.States.Count;

    /// <summary>Gets every variable of every component, in file order.</summary>
    public IReadOnlyList<ModelVariable> AllVariables { get; }

    /// <summary>Gets the states in state-vector order (each the variable that defines it).</summary>
    public IReadOnlyList<ModelVariable> States { get; }

    /// <summary>Gets the parameters: constants given by a numeric initial value, each where it is defined.</summary>
    public IReadOnlyList<ModelVariable> Parameters { get; }

    /// <summary>Gets the variable of integration (time, in the units of <see cref="ModelVariable.Units"/>).</summary>
    public ModelVariable VariableOfIntegration { get; }

    /// <summary>
    /// Gets how many milliseconds one unit of the variable of integration is (1 for milliseconds, 1000 for
    /// seconds), or null when the variable of integration is not a time.
    /// </summary>
    public double? MillisecondsPerTimeUnit
    {
        get
        {
            var unit = analysis.VariableOfIntegration.Unit;
            return unit.Exponents.Count == 1 && unit.Exponents.TryGetValue("second", out double e) && e == 1 ? unit.Factor * 1000 : null;
        }
    }

    /// <summary>Gets the values set by <see cref="With"/>, in the variables' own units.</summary>
    public IReadOnlyList<(ModelVariable Variable, double Value)> Overrides { get; }

    /// <summary>
    /// Gets the times (in the units of the variable of integration) at which a piecewise condition
    /// compares time with a constant, such as the edges of a stimulus: pass them to the solver as
    /// breakpoints so no discontinuity is stepped over. Conditions in other forms are not detected.
    /// </summary>
    public IReadOnlyList<double> TimeDiscontinuities { get; }

    /// <summary>
    /// Gets which rates can depend on which states (through any chain of algebraic variables): pass it as
    /// <see cref="OdeOptions.JacobianSparsity"/> so a stiff method differences several columns at once.
    /// </summary>
    public JacobianSparsity JacobianSparsity { get; }

    /// <summary>Gets the initial state (a copy).</summary>
    /// <returns>The initial values of <see cref="States"/>.</returns>
    public double[] InitialState() => (double[])initialState.Clone();

    /// <summary>Looks up a variable by <c>component.variable</c>.</summary>
    /// <param name="qualifiedName">For example <c>razumova.A_2</c>.</param>
    /// <returns>The variable.</returns>
    /// <exception cref="ArgumentException">No such variable; the message names it and suggests the form.</exception>
    public ModelVariable Find(string qualifiedName)
    {
        ArgumentNullException.ThrowIfNull(qualifiedName);
        if (byName.TryGetValue(qualifiedName, out var variable))
        {
            return variable;
        }

        string hint = qualifiedName.Contains('.', StringComparison.Ordinal)
            ? $"'ionsim model {SourceName}' lists them"
            : "names have the form component.variable";
        var same = AllVariables.Where(v => v.Name == qualifiedName.Split('.')[^1]).Take(4).Select(v => v.QualifiedName).ToList();
        string suggestion = same.Count > 0 ? $"; did you mean {string.Join(", ", same)}?" : $"; {hint}.";
        throw new ArgumentException($"the model '{Name}' has no variable '{qualifiedName}'{suggestion}", nameof(qualifiedName));
    }

    /// <summary>Returns a model with some parameters and initial state values replaced.</summary>
    /// <param name="values">Pairs of <c>component.variable</c> and value, in that variable's own units. Each must be a parameter or a state.</param>
    /// <returns>The new model; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">A name is unknown, names a variable that is neither a parameter nor a state, or a value is not finite.</exception>
    public CellMLModel With(IEnumerable<KeyValuePair<string, double>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = Overrides.ToList();
        foreach (var (name, value) in values)
        {
            var variable = Find(name);
            if (variable.Kind is not (VariableKind.Parameter or VariableKind.State))
            {
                throw new ArgumentException($"'{name}' is {Describe(variable.Kind)}; only parameters and the initial values of states can be set.", nameof(values));
            }

            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"'{name}' must be set to a finite number, but was {value.ToString(CultureInfo.InvariantCulture)}.", nameof(values));
            }

            list.RemoveAll(o => o.Variable.Info.Class == variable.Info.Class);
            list.Add((variable, value));
        }

        return new CellMLModel(SourceName, analysis, compiled, AllVariables, list, JacobianSparsity);
    }

    /// <inheritdoc/>
    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var work = Work();
        y.CopyTo(work.Y);
        compiled.Rates(t, work.Y, constants, work.A, work.Dydt);
        work.Dydt.AsSpan(0, Dimension).CopyTo(dydt);
    }

    /// <summary>
    /// Writes ∂f/∂y and ∂f/∂t at (t, y), from the equations' symbolic derivatives. Only the entries of
    /// <see cref="JacobianSparsity"/> are written. Piecewise definitions are differentiated piece by piece
    /// (the derivative of the piece that holds), so a jump of a piecewise expression contributes nothing.
    /// </summary>
    /// <param name="t">The time, in the units of <see cref="VariableOfIntegration"/>.</param>
    /// <param name="y">The state, of length <see cref="Dimension"/>.</param>
    /// <param name="dfdy">Receives ∂f_i/∂y_j at i·n + j; entries outside the pattern are left as they are.</param>
    /// <param name="dfdt">Receives ∂f_i/∂t.</param>
    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt)
    {
        var jacobian = compiled.Jacobian.Value;
        var work = Work();
        work.Reserve(jacobian);
        y.CopyTo(work.Y);
        jacobian.Evaluate(t, work.Y, constants, work.A, work.D, work.Entries, work.Dfdt);
        int n = Dimension;
        int[] rows = jacobian.Rows;
        int[] columns = jacobian.Columns;
        double[] entries = work.Entries;
        for (int k = 0; k < rows.Length; k++)
        {
            dfdy[rows[k] * n + columns[k]] = entries[k];
        }

        work.Dfdt.AsSpan(0, n).CopyTo(dfdt);
    }

    /// <summary>Evaluates variables at a time and state.</summary>
    /// <param name="variables">The variables to evaluate.</param>
    /// <param name="t">The time, in the units of <see cref="VariableOfIntegration"/>.</param>
    /// <param name="y">The state, of length <see cref="Dimension"/>.</param>
    /// <param name="values">Receives each variable's value in its own units; as long as <paramref name="variables"/>.</param>
    public void Evaluate(IReadOnlyList<ModelVariable> variables, double t, ReadOnlySpan<double> y, Span<double> values)
    {
        ArgumentNullException.ThrowIfNull(variables);
        if (y.Length != Dimension || values.Length != variables.Count)
        {
            throw new ArgumentException($"y must have length {Dimension} (has {y.Length}) and values length {variables.Count} (has {values.Length}).");
        }

        var work = Work();
        y.CopyTo(work.Y);
        compiled.Rates(t, work.Y, constants, work.A, work.Dydt);
        compiled.Rest(t, work.Y, constants, work.A, null);
        for (int i = 0; i < variables.Count; i++)
        {
            var info = variables[i].Info;
            double raw = info.Class.Kind switch
            {
                VariableKind.VariableOfIntegration => t,
                VariableKind.State => work.Y[info.Class.Index],
                VariableKind.Algebraic => work.A[info.Class.Index],
                _ => constants[info.Class.Index],
            };
            values[i] = raw * info.Factor;
        }
    }

    /// <summary>Evaluates one variable at a time and state.</summary>
    /// <param name="variable">The variable.</param>
    /// <param name="t">The time.</param>
    /// <param name="y">The state.</param>
    /// <returns>Its value in its own units.</returns>
    public double Evaluate(ModelVariable variable, double t, ReadOnlySpan<double> y)
    {
        Span<double> value = stackalloc double[1];
        Evaluate([variable], t, y, value);
        return value[0];
    }

    internal static string Describe(VariableKind kind) => kind switch
    {
        VariableKind.VariableOfIntegration => "the variable of integration",
        VariableKind.State => "a state",
        VariableKind.Algebraic => "an algebraic variable",
        VariableKind.Parameter => "a parameter",
        _ => "a computed constant",
    };

    private static ModelVariable[] Variables(ModelAnalysis analysis) => analysis.VariableOrder.Select(v => new ModelVariable(v)).ToArray();

    private ModelVariable Definer(ValueClass valueClass) => byName[valueClass.Definer!.Key];

    private Scratch Work()
    {
        var work = scratch;
        if (work is null || work.Y.Length < Dimension || work.A.Length < analysis.Algebraics.Count)
        {
            work = new Scratch(Math.Max(Dimension, work?.Y.Length ?? 0), Math.Max(analysis.Algebraics.Count, work?.A.Length ?? 0));
            scratch = work;
        }

        return work;
    }

    /// <summary>Per-thread working arrays, so the right-hand side allocates nothing and instances stay thread-safe.</summary>
    private sealed class Scratch(int states, int algebraics)
    {
        public double[] Y { get; } = new double[states];

        public double[] Dydt { get; } = new double[states];

        public double[] A { get; } = new double[algebraics];

        public double[] Dfdt { get; } = new double[states];

        /// <summary>Gets the derivatives of the algebraic variables (grown by <see cref="Reserve"/>).</summary>
        public double[] D { get; private set; } = [];

        /// <summary>Gets the Jacobian's entries (grown by <see cref="Reserve"/>).</summary>
        public double[] Entries { get; private set; } = [];

        public void Reserve(CompiledJacobian jacobian)
        {
            if (D.Length < jacobian.DerivativeSlots)
            {
                D = new double[jacobian.DerivativeSlots];
            }

            if (Entries.Length < jacobian.Rows.Length)
            {
                Entries = new double[jacobian.Rows.Length];
            }
        }
    }
}
