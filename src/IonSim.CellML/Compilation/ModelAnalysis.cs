using System.Globalization;
using IonSim.CellML.MathML;
using IonSim.CellML.Structure;
using IonSim.CellML.Units;
using IonSim.CellML.Xml;

namespace IonSim.CellML.Compilation;

/// <summary>One class of connected variables: they share a single value, held in the units of its definer.</summary>
internal sealed class ValueClass(int id)
{
    public int Id { get; } = id;

    /// <summary>Gets or sets the variable whose initial value or equation defines the class.</summary>
    public RawVariable? Definer { get; set; }

    public Unit Unit { get; set; } = Unit.Dimensionless;

    public VariableKind Kind { get; set; }

    /// <summary>Gets or sets the index into the state, constant or algebraic array, by <see cref="Kind"/>.</summary>
    public int Index { get; set; } = -1;

    public Equation? Equation { get; set; }

    /// <summary>Gets or sets the initial value: a number, or a reference to a variable of the same component.</summary>
    public Expr? Initial { get; set; }

    /// <summary>Gets the expression that defines a computed constant or algebraic variable.</summary>
    public Expr? Definition => Equation is { Bvar: null } eq ? eq.Rhs : Kind == VariableKind.ComputedConstant ? Initial : null;
}

/// <summary>A variable as seen from its component: its class and the factor from class units to its own.</summary>
internal sealed record VariableInfo(RawVariable Raw, ValueClass Class, double Factor);

/// <summary>
/// The analysed model: classes of connected variables with units checked, every class classified
/// (state, algebraic, constant, variable of integration), and the equations in evaluation order.
/// </summary>
internal sealed class ModelAnalysis
{
    private ModelAnalysis(RawModel raw) => Raw = raw;

    public RawModel Raw { get; }

    public List<ValueClass> Classes { get; } = [];

    public Dictionary<string, VariableInfo> Variables { get; } = new(StringComparer.Ordinal);

    public List<VariableInfo> VariableOrder { get; } = [];

    public ValueClass VariableOfIntegration { get; private set; } = null!;

    public List<ValueClass> States { get; } = [];

    public List<ValueClass> Parameters { get; } = [];

    /// <summary>Gets the computed constants in evaluation order; their indices follow the parameters'.</summary>
    public List<ValueClass> ComputedConstants { get; } = [];

    /// <summary>Gets the algebraic variables in evaluation order.</summary>
    public List<ValueClass> Algebraics { get; } = [];

    public static ModelAnalysis Analyse(RawModel raw, Source source)
    {
        var analysis = new ModelAnalysis(raw);
        analysis.Run(source);
        return analysis;
    }

    private void Run(Source source)
    {
        var (classOf, count) = Connections.Join(Raw, source);
        for (int i = 0; i < count; i++)
        {
            Classes.Add(new ValueClass(i));
        }

        var equations = ReadEquations(source);
        AssignDefinitions(classOf, equations, source);
        ResolveUnits(classOf, source);
        CheckReferences(equations, source);
        Classify(source);
        Order(source);
    }

    private List<Equation> ReadEquations(Source source)
    {
        var equations = new List<Equation>();
        foreach (var component in Raw.ComponentOrder)
        {
            var reader = new MathMLReader(component.Name, source);
            foreach (var math in component.Maths)
            {
                equations.AddRange(reader.Read(math));
            }
        }

        return equations;
    }

    private void AssignDefinitions(Dictionary<string, int> classOf, List<Equation> equations, Source source)
    {
        foreach (var equation in equations)
        {
            var target = Lookup(equation.Target, source);
            var valueClass = Classes[classOf[target.Key]];
            if (valueClass.Equation is { } previous)
            {
                throw source.Error(equation.Node, $"'{target.Key}' is defined by two equations (the other is at line {Line(previous)}).");
            }

            RequireDefinable(target, "an equation", source, equation.Node);
            SetDefiner(valueClass, target, source, equation.Node);
            valueClass.Equation = equation;
        }

        foreach (var component in Raw.ComponentOrder)
        {
            foreach (var variable in component.VariableOrder)
            {
                if (variable.InitialValue is not { } text)
                {
                    continue;
                }

                var valueClass = Classes[classOf[variable.Key]];
                RequireDefinable(variable, "an initial value", source, variable.Element);
                if (valueClass.Initial is not null)
                {
                    throw source.Error(variable.Element, $"'{variable.Key}' is connected to another variable that also has an initial value.");
                }

                SetDefiner(valueClass, variable, source, variable.Element);
                valueClass.Initial = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
                    ? new Number(number, variable.Element)
                    : component.Variables.ContainsKey(text)
                        ? new Reference(component.Name, text, variable.Element)
                        : throw source.Error(variable.Element, $"initial_value=\"{text}\" of '{variable.Key}' is neither a number nor a variable of component '{component.Name}'.");
            }
        }
    }

    private void RequireDefinable(RawVariable variable, string what, Source source, System.Xml.Linq.XObject at)
    {
        if (variable.Public == Direction.In || variable.Private == Direction.In)
        {
            throw source.Error(at, $"'{variable.Key}' has an 'in' interface, so it takes its value from a connection and cannot also have {what}.");
        }
    }

    private static void SetDefiner(ValueClass valueClass, RawVariable variable, Source source, System.Xml.Linq.XObject at)
    {
        if (valueClass.Definer is { } other && other.Key != variable.Key)
        {
            throw source.Error(at, $"'{variable.Key}' and '{other.Key}' are connected, so they are one value, but both are defined.");
        }

        valueClass.Definer = variable;
    }

    private void ResolveUnits(Dictionary<string, int> classOf, Source source)
    {
        var resolver = new UnitResolver(Raw, source);
        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var component in Raw.ComponentOrder)
        {
            foreach (var variable in component.VariableOrder)
            {
                units[variable.Key] = resolver.Resolve(variable.Units, component, variable.Element);
            }
        }

        // A class with no definer (the variable of integration) takes the units of a member with no 'in' interface.
        foreach (var component in Raw.ComponentOrder)
        {
            foreach (var variable in component.VariableOrder)
            {
                var valueClass = Classes[classOf[variable.Key]];
                if (valueClass.Definer is null && variable.Public != Direction.In && variable.Private != Direction.In)
                {
                    valueClass.Definer = variable;
                }
            }
        }

        foreach (var component in Raw.ComponentOrder)
        {
            foreach (var variable in component.VariableOrder)
            {
                var valueClass = Classes[classOf[variable.Key]];
                valueClass.Definer ??= variable;
                var definer = valueClass.Definer;
                valueClass.Unit = units[definer.Key];
                var own = units[variable.Key];
                if (!own.SameDimension(valueClass.Unit))
                {
                    throw source.Error(variable.Element, $"'{variable.Key}' in units '{variable.Units}' ({own.DimensionText}) is connected to '{definer.Key}' in units '{definer.Units}' ({valueClass.Unit.DimensionText}): the dimensions differ.");
                }

                double factor = valueClass.Unit.Factor / own.Factor;
                if ((own.HasOffset || valueClass.Unit.HasOffset) && variable.Units != definer.Units)
                {
                    throw source.Error(variable.Element, $"'{variable.Key}' in units '{variable.Units}' is connected to '{definer.Key}' in units '{definer.Units}': conversion between units with an offset is not supported.");
                }

                var info = new VariableInfo(variable, valueClass, factor);
                Variables[variable.Key] = info;
                VariableOrder.Add(info);
            }
        }
    }

    private void CheckReferences(List<Equation> equations, Source source)
    {
        foreach (var equation in equations)
        {
            foreach (var reference in References(equation.Rhs))
            {
                Lookup(reference, source);
            }

            if (equation.Bvar is { } bvar)
            {
                Lookup(bvar, source);
            }
        }
    }

    private void Classify(Source source)
    {
        ValueClass? voi = null;
        foreach (var valueClass in Classes)
        {
            if (valueClass.Equation?.Bvar is not { } bvar)
            {
                continue;
            }

            var variable = Variables[bvar.Key].Class;
            if (voi is not null && voi != variable)
            {
                throw source.Error(bvar.Node, $"derivatives are taken with respect to both '{voi.Definer!.Key}' and '{bvar.Key}'; a model may have only one variable of integration.");
            }

            voi = variable;
        }

        if (voi is null)
        {
            throw source.Error($"the model has no differential equation (no <diff>); IonSim solves ODE models only.");
        }

        if (voi.Equation is not null || voi.Initial is not null)
        {
            throw source.Error(voi.Equation?.Node ?? voi.Definer!.Element, $"'{voi.Definer!.Key}' is the variable of integration, so it cannot have an equation or an initial value.");
        }

        voi.Kind = VariableKind.VariableOfIntegration;
        VariableOfIntegration = voi;

        foreach (var valueClass in Classes.Where(c => c != voi))
        {
            string key = valueClass.Definer!.Key;
            if (valueClass.Equation is { Bvar: not null })
            {
                valueClass.Kind = VariableKind.State;
                valueClass.Index = States.Count;
                States.Add(valueClass);
                if (valueClass.Initial is null)
                {
                    throw source.Error(valueClass.Definer.Element, $"state '{key}' has no initial_value.");
                }
            }
            else if (valueClass.Equation is { } equation)
            {
                if (valueClass.Initial is not null)
                {
                    throw source.Error(equation.Node, $"'{key}' has both an equation and an initial value; an algebraic variable takes only one.");
                }

                valueClass.Kind = VariableKind.Algebraic;
            }
            else if (valueClass.Initial is Number)
            {
                valueClass.Kind = VariableKind.Parameter;
                valueClass.Index = Parameters.Count;
                Parameters.Add(valueClass);
            }
            else if (valueClass.Initial is Reference)
            {
                valueClass.Kind = VariableKind.ComputedConstant;
            }
            else
            {
                throw source.Error(valueClass.Definer.Element, $"'{key}' has no value: no initial_value, no equation, and no connection to a variable that has one.");
            }
        }
    }

    /// <summary>Orders the algebraic equations by dependency and splits off those that depend only on constants.</summary>
    private void Order(Source source)
    {
        var ordered = new List<ValueClass>();
        var state = new Dictionary<ValueClass, int>(); // 1 visiting, 2 done
        var path = new List<ValueClass>();
        foreach (var valueClass in Classes.Where(c => c.Kind is VariableKind.Algebraic or VariableKind.ComputedConstant))
        {
            Visit(valueClass, state, path, ordered, source);
        }

        foreach (var valueClass in ordered)
        {
            bool constant = References(valueClass.Definition!).All(r => Variables[r.Key].Class.Kind is VariableKind.Parameter or VariableKind.ComputedConstant);
            if (constant)
            {
                valueClass.Kind = VariableKind.ComputedConstant;
                valueClass.Index = Parameters.Count + ComputedConstants.Count;
                ComputedConstants.Add(valueClass);
            }
            else
            {
                valueClass.Kind = VariableKind.Algebraic;
                valueClass.Index = Algebraics.Count;
                Algebraics.Add(valueClass);
            }
        }

        foreach (var stateClass in States.Where(s => s.Initial is Reference))
        {
            var reference = (Reference)stateClass.Initial!;
            if (Variables[reference.Key].Class.Kind is not (VariableKind.Parameter or VariableKind.ComputedConstant))
            {
                throw source.Error(reference.Node, $"initial_value of state '{stateClass.Definer!.Key}' names '{reference.Key}', which is not a constant.");
            }
        }
    }

    private void Visit(ValueClass valueClass, Dictionary<ValueClass, int> state, List<ValueClass> path, List<ValueClass> ordered, Source source)
    {
        if (state.TryGetValue(valueClass, out int mark))
        {
            if (mark == 1)
            {
                int start = path.IndexOf(valueClass);
                var loop = path.Skip(start).Append(valueClass).Select(c => c.Definer!.Key);
                throw source.Error(valueClass.Equation?.Node ?? valueClass.Definer!.Element, $"algebraic loop: {string.Join(" -> ", loop)}; IonSim evaluates equations in order and cannot solve simultaneous equations.");
            }

            return;
        }

        state[valueClass] = 1;
        path.Add(valueClass);
        foreach (var reference in References(valueClass.Definition!))
        {
            var dependency = Variables[reference.Key].Class;
            if (dependency.Kind is VariableKind.Algebraic or VariableKind.ComputedConstant)
            {
                Visit(dependency, state, path, ordered, source);
            }
        }

        path.RemoveAt(path.Count - 1);
        state[valueClass] = 2;
        ordered.Add(valueClass);
    }

    public VariableInfo Resolve(Reference reference) => Variables[reference.Key];

    /// <summary>For each state's rate, the states it reads, directly or through algebraic variables.</summary>
    public IEnumerable<(int Row, int Column)> RateDependencies()
    {
        var memo = new Dictionary<ValueClass, HashSet<int>>();
        HashSet<int> StatesOf(Expr expr)
        {
            var result = new HashSet<int>();
            foreach (var reference in References(expr))
            {
                var valueClass = Resolve(reference).Class;
                if (valueClass.Kind == VariableKind.State)
                {
                    result.Add(valueClass.Index);
                }
                else if (valueClass.Kind == VariableKind.Algebraic)
                {
                    if (!memo.TryGetValue(valueClass, out var inner))
                    {
                        inner = StatesOf(valueClass.Definition!);
                        memo[valueClass] = inner;
                    }

                    result.UnionWith(inner);
                }
            }

            return result;
        }

        foreach (var state in States)
        {
            foreach (int column in StatesOf(state.Equation!.Rhs))
            {
                yield return (state.Index, column);
            }
        }
    }

    private RawVariable Lookup(Reference reference, Source source) =>
        Raw.Components[reference.Component].Variables.TryGetValue(reference.Name, out var variable)
            ? variable
            : throw source.Error(reference.Node, $"component '{reference.Component}' has no variable '{reference.Name}'.");

    public static IEnumerable<Reference> References(Expr expr)
    {
        switch (expr)
        {
            case Reference reference:
                yield return reference;
                break;
            case Call call:
                foreach (var arg in call.Args)
                {
                    foreach (var r in References(arg))
                    {
                        yield return r;
                    }
                }

                break;
            case Cases cases:
                foreach (var (value, condition) in cases.Pieces)
                {
                    foreach (var r in References(value).Concat(References(condition)))
                    {
                        yield return r;
                    }
                }

                if (cases.Otherwise is { } otherwise)
                {
                    foreach (var r in References(otherwise))
                    {
                        yield return r;
                    }
                }

                break;
        }
    }

    private static int Line(Equation equation) => ((System.Xml.IXmlLineInfo)equation.Node).LineNumber;
}
