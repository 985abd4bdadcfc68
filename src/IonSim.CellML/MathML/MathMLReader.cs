using System.Collections.Frozen;
using System.Globalization;
using System.Xml.Linq;
using IonSim.CellML.Xml;

namespace IonSim.CellML.MathML;

/// <summary>
/// Turns a component's MathML into <see cref="Equation"/>s. Every element outside the supported
/// subset is refused with its line, never skipped.
/// </summary>
internal sealed class MathMLReader(string component, Source source)
{
    private static readonly XNamespace M = Namespaces.MathML;

    private static readonly FrozenDictionary<string, Op> Operators = new Dictionary<string, Op>
    {
        ["plus"] = Op.Plus, ["minus"] = Op.Minus, ["times"] = Op.Times, ["divide"] = Op.Divide,
        ["power"] = Op.Power, ["root"] = Op.Root, ["exp"] = Op.Exp, ["ln"] = Op.Ln, ["log"] = Op.Log,
        ["abs"] = Op.Abs, ["floor"] = Op.Floor, ["ceiling"] = Op.Ceiling, ["min"] = Op.Min, ["max"] = Op.Max,
        ["rem"] = Op.Rem,
        ["sin"] = Op.Sin, ["cos"] = Op.Cos, ["tan"] = Op.Tan, ["sec"] = Op.Sec, ["csc"] = Op.Csc, ["cot"] = Op.Cot,
        ["sinh"] = Op.Sinh, ["cosh"] = Op.Cosh, ["tanh"] = Op.Tanh, ["sech"] = Op.Sech, ["csch"] = Op.Csch, ["coth"] = Op.Coth,
        ["arcsin"] = Op.Arcsin, ["arccos"] = Op.Arccos, ["arctan"] = Op.Arctan, ["arcsec"] = Op.Arcsec,
        ["arccsc"] = Op.Arccsc, ["arccot"] = Op.Arccot, ["arcsinh"] = Op.Arcsinh, ["arccosh"] = Op.Arccosh,
        ["arctanh"] = Op.Arctanh, ["arcsech"] = Op.Arcsech, ["arccsch"] = Op.Arccsch, ["arccoth"] = Op.Arccoth,
        ["eq"] = Op.Eq, ["neq"] = Op.Neq, ["gt"] = Op.Gt, ["lt"] = Op.Lt, ["geq"] = Op.Geq, ["leq"] = Op.Leq,
        ["and"] = Op.And, ["or"] = Op.Or, ["xor"] = Op.Xor, ["not"] = Op.Not,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Reads the equations of one <c>math</c> element.</summary>
    public IEnumerable<Equation> Read(XElement math)
    {
        foreach (var child in math.Elements())
        {
            if (child.Name != M + "apply")
            {
                throw Unsupported(child, "only <apply><eq/> equations may stand at the top of <math>");
            }

            yield return ReadEquation(child);
        }
    }

    private Equation ReadEquation(XElement apply)
    {
        var parts = apply.Elements().ToList();
        if (parts.Count != 3 || parts[0].Name != M + "eq")
        {
            throw source.Error(apply, $"in component '{component}': a top-level <apply> must be <eq/> with two sides.");
        }

        var lhs = parts[1];
        var rhs = ReadExpr(parts[2]);
        if (lhs.Name == M + "ci")
        {
            return new Equation(ReadCi(lhs), null, rhs, apply);
        }

        if (lhs.Name == M + "apply" && lhs.Elements().FirstOrDefault()?.Name == M + "diff")
        {
            var (target, bvar) = ReadDiff(lhs);
            return new Equation(target, bvar, rhs, apply);
        }

        throw source.Error(apply, $"in component '{component}': the equation is not in assignment form: its left side must be a variable (<ci>) or a derivative d(x)/d(t) (<diff>).");
    }

    private (Reference Target, Reference Bvar) ReadDiff(XElement apply)
    {
        var parts = apply.Elements().ToList();
        if (parts.Count != 3 || parts[1].Name != M + "bvar" || parts[2].Name != M + "ci")
        {
            throw source.Error(apply, $"in component '{component}': <diff> must be followed by <bvar><ci>t</ci></bvar> and <ci>x</ci>.");
        }

        var inner = parts[1].Elements().ToList();
        if (inner.Count != 1 || inner[0].Name != M + "ci")
        {
            var degree = inner.FirstOrDefault(e => e.Name == M + "degree");
            throw degree is not null
                ? Unsupported(degree, "higher-order derivatives cannot be solved; write the system in first order")
                : source.Error(parts[1], $"in component '{component}': <bvar> must hold one <ci>.");
        }

        return (ReadCi(parts[2]), ReadCi(inner[0]));
    }

    private Reference ReadCi(XElement ci) => new(component, ci.Value.Trim(), ci);

    private Expr ReadExpr(XElement element)
    {
        if (element.Name.Namespace != M)
        {
            throw Unsupported(element, "only MathML is accepted inside <math>");
        }

        switch (element.Name.LocalName)
        {
            case "ci":
                return ReadCi(element);
            case "cn":
                return new Number(ReadNumber(element), element);
            case "pi":
                return new Number(Math.PI, element);
            case "exponentiale":
                return new Number(Math.E, element);
            case "infinity":
                return new Number(double.PositiveInfinity, element);
            case "notanumber":
                return new Number(double.NaN, element);
            case "true":
                return new Truth(true, element);
            case "false":
                return new Truth(false, element);
            case "apply":
                return ReadApply(element);
            case "piecewise":
                return ReadPiecewise(element);
            default:
                throw Unsupported(element, "it is outside the MathML subset IonSim reads (see docs/cellml.md)");
        }
    }

    private double ReadNumber(XElement cn)
    {
        string type = cn.Attribute("type")?.Value ?? "real";
        if (type == "e-notation")
        {
            var nodes = cn.Nodes().ToList();
            int sep = nodes.FindIndex(n => n is XElement e && e.Name == M + "sep");
            if (sep < 0)
            {
                throw source.Error(cn, $"in component '{component}': <cn type=\"e-notation\"> needs a <sep/> between mantissa and exponent.");
            }

            double mantissa = Parse(string.Concat(nodes.Take(sep).OfType<XText>().Select(t => t.Value)), cn);
            double exponent = Parse(string.Concat(nodes.Skip(sep + 1).OfType<XText>().Select(t => t.Value)), cn);
            return mantissa * Math.Pow(10, exponent);
        }

        if (type is not ("real" or "integer" or "double"))
        {
            throw Unsupported(cn, $"type=\"{type}\" (real, integer, double and e-notation are)");
        }

        if (cn.Elements().Any())
        {
            throw Unsupported(cn.Elements().First(), "markup inside <cn>");
        }

        return Parse(cn.Value, cn);
    }

    private double Parse(string text, XElement at)
    {
        string trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            return value;
        }

        throw source.Error(at, $"in component '{component}': '{trimmed}' is not a number.");
    }

    private Expr ReadApply(XElement apply)
    {
        var parts = apply.Elements().ToList();
        if (parts.Count == 0)
        {
            throw source.Error(apply, $"in component '{component}': empty <apply>.");
        }

        var head = parts[0];
        if (head.Name.Namespace != M || !Operators.TryGetValue(head.Name.LocalName, out Op op))
        {
            throw head.Name == M + "diff"
                ? source.Error(head, $"in component '{component}': a derivative may only stand on the left of an equation.")
                : Unsupported(head, "it is not an operator IonSim reads (see docs/cellml.md)");
        }

        Expr? qualifier = null;
        var args = new List<Expr>();
        foreach (var part in parts.Skip(1))
        {
            if (part.Name == M + "degree" && op == Op.Root || part.Name == M + "logbase" && op == Op.Log)
            {
                var inner = part.Elements().ToList();
                qualifier = inner.Count == 1 ? ReadExpr(inner[0]) : throw source.Error(part, $"<{part.Name.LocalName}> must hold one expression.");
            }
            else
            {
                args.Add(ReadExpr(part));
            }
        }

        CheckArity(op, args.Count, apply);
        if (op == Op.Root)
        {
            args.Add(qualifier ?? new Number(2, apply));
        }
        else if (op == Op.Log)
        {
            args.Add(qualifier ?? new Number(10, apply));
        }

        return new Call(op, args, apply);
    }

    private void CheckArity(Op op, int count, XElement apply)
    {
        (int min, int max) = op switch
        {
            Op.Plus or Op.Times or Op.And or Op.Or or Op.Xor or Op.Min or Op.Max => (1, int.MaxValue),
            Op.Minus => (1, 2),
            Op.Divide or Op.Power or Op.Rem or Op.Eq or Op.Neq or Op.Gt or Op.Lt or Op.Geq or Op.Leq => (2, 2),
            _ => (1, 1),
        };

        if (count < min || count > max)
        {
            string allowed = min == max ? $"{min}" : max == int.MaxValue ? $"at least {min}" : $"{min} or {max}";
            throw source.Error(apply, $"in component '{component}': <{op.ToString().ToLowerInvariant()}> takes {allowed} argument(s), but has {count}.");
        }
    }

    private Cases ReadPiecewise(XElement piecewise)
    {
        var pieces = new List<(Expr, Expr)>();
        Expr? otherwise = null;
        foreach (var child in piecewise.Elements())
        {
            var inner = child.Elements().ToList();
            if (child.Name == M + "piece" && inner.Count == 2)
            {
                pieces.Add((ReadExpr(inner[0]), ReadExpr(inner[1])));
            }
            else if (child.Name == M + "otherwise" && inner.Count == 1 && otherwise is null)
            {
                otherwise = ReadExpr(inner[0]);
            }
            else
            {
                throw source.Error(child, $"in component '{component}': <piecewise> holds <piece> (value, condition) elements and at most one <otherwise> (value).");
            }
        }

        return new Cases(pieces, otherwise, piecewise);
    }

    private CellMLException Unsupported(XElement element, string why) =>
        source.Error(element, $"in component '{component}': <{element.Name.LocalName}> is not supported: {why}.");
}
