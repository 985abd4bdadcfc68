using System.Xml;
using System.Xml.Linq;

namespace IonSim.CellML.Xml;

/// <summary>Where a construct sits in the file, for error messages: <c>file:line</c>.</summary>
internal sealed class Source(string fileName)
{
    public string FileName { get; } = fileName;

    public string At(XObject? node)
    {
        if (node is IXmlLineInfo info && info.HasLineInfo())
        {
            return $"{FileName}:{info.LineNumber}";
        }

        return FileName;
    }

    public CellMLException Error(XObject? node, string message) => new($"{At(node)}: {message}");

    public CellMLException Error(string message) => new($"{FileName}: {message}");
}
