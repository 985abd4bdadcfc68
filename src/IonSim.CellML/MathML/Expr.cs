using System.Xml.Linq;

namespace IonSim.CellML.MathML;

/// <summary>The MathML operators the reader accepts.</summary>
internal enum Op
{
    Plus, Minus, Times, Divide, Power, Root, Exp, Ln, Log, Abs, Floor, Ceiling, Min, Max, Rem,
    Sin, Cos, Tan, Sec, Csc, Cot, Sinh, Cosh, Tanh, Sech, Csch, Coth,
    Arcsin, Arccos, Arctan, Arcsec, Arccsc, Arccot, Arcsinh, Arccosh, Arctanh, Arcsech, Arccsch, Arccoth,
    Eq, Neq, Gt, Lt, Geq, Leq, And, Or, Xor, Not,
}

/// <summary>A node of an equation's right-hand side; <see cref="Node"/> is the MathML element it came from.</summary>
internal abstract record Expr(XElement Node);

/// <summary>A number (<c>cn</c>, <c>pi</c>, <c>exponentiale</c>, ...).</summary>
internal sealed record Number(double Value, XElement Node) : Expr(Node);

/// <summary><c>true</c> or <c>false</c>.</summary>
internal sealed record Truth(bool Value, XElement Node) : Expr(Node);

/// <summary>A variable of the component the equation is in (<c>ci</c>).</summary>
internal sealed record Reference(string Component, string Name, XElement Node) : Expr(Node)
{
    public string Key => Component + "." + Name;
}

/// <summary>An operator applied to its arguments. <see cref="Op.Root"/> takes (x, degree), <see cref="Op.Log"/> (x, base).</summary>
internal sealed record Call(Op Op, IReadOnlyList<Expr> Args, XElement Node) : Expr(Node);

/// <summary>A <c>piecewise</c>: the first piece whose condition holds, else <see cref="Otherwise"/> (NaN if absent).</summary>
internal sealed record Cases(IReadOnlyList<(Expr Value, Expr Condition)> Pieces, Expr? Otherwise, XElement Node) : Expr(Node);

/// <summary>One equation in assignment form: <c>x = rhs</c>, or <c>d(x)/d(t) = rhs</c> when <see cref="Bvar"/> is set.</summary>
internal sealed record Equation(Reference Target, Reference? Bvar, Expr Rhs, XElement Node);
