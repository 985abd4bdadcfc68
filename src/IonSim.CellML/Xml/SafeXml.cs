using System.Xml;
using System.Xml.Linq;

namespace IonSim.CellML.Xml;

/// <summary>
/// Loads XML with no DTD processing (so no entity expansion and no external resources) and a cap on
/// the size of the document, so a hostile file cannot exhaust memory or reach the network.
/// </summary>
internal static class SafeXml
{
    public static XDocument Load(TextReader text, Source source, long maxCharacters)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };

        try
        {
            using var reader = XmlReader.Create(text, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new CellMLException($"{source.FileName}:{ex.LineNumber}: a DOCTYPE (DTD) is not accepted: CellML needs none, and entity declarations could expand without bound.", ex);
        }
        catch (XmlException ex) when (ex.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) || ex.Message.Contains("exceeds", StringComparison.OrdinalIgnoreCase))
        {
            throw new CellMLException($"{source.FileName}: the document is larger than the limit of {maxCharacters:N0} characters.", ex);
        }
        catch (XmlException ex)
        {
            throw new CellMLException($"{source.FileName}:{ex.LineNumber}: malformed XML: {FirstSentence(ex.Message)}", ex);
        }
    }

    private static string FirstSentence(string message)
    {
        int line = message.IndexOf(" Line ", StringComparison.Ordinal);
        return (line > 0 ? message[..line] : message).Trim();
    }
}
