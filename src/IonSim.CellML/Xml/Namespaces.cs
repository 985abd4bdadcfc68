using System.Xml.Linq;

namespace IonSim.CellML.Xml;

/// <summary>The XML namespaces the reader understands.</summary>
internal static class Namespaces
{
    public static readonly XNamespace CellML10 = "http://www.cellml.org/cellml/1.0#";
    public static readonly XNamespace CellML11 = "http://www.cellml.org/cellml/1.1#";
    public static readonly XNamespace CellML20 = "http://www.cellml.org/cellml/2.0#";
    public static readonly XNamespace MathML = "http://www.w3.org/1998/Math/MathML";

    public static bool IsCellML(XNamespace ns) => ns == CellML10 || ns == CellML11 || ns == CellML20;
}
