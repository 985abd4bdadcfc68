using IonSim.CellML.Compilation;
using IonSim.CellML.Structure;
using IonSim.CellML.Xml;

namespace IonSim.CellML;

/// <summary>
/// Reads a CellML 1.0, 1.1 or 2.0 model into a compiled <see cref="CellMLModel"/>.
/// </summary>
/// <remarks>
/// The XML is read with DTD processing prohibited (no entity expansion, no external resources) and a
/// size limit. Anything outside the supported subset is refused with a <see cref="CellMLException"/>
/// naming the file, the line and the construct. Thread-safe.
/// </remarks>
public static class CellMLReader
{
    /// <summary>Reads a model from a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits, or null for the defaults.</param>
    /// <returns>The compiled model.</returns>
    /// <exception cref="CellMLException">The file is missing, too large, malformed, or outside the supported subset.</exception>
    public static CellMLModel Load(string path, CellMLReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new CellMLReaderOptions();
        string name = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new CellMLException($"{path}: no such file.");
        }

        if (info.Length > options.MaxBytes)
        {
            throw new CellMLException($"{name}: the file is {info.Length:N0} bytes, more than the limit of {options.MaxBytes:N0}.");
        }

        try
        {
            using var reader = new StreamReader(path);
            return Read(reader, name, options);
        }
        catch (IOException ex)
        {
            throw new CellMLException($"{path}: cannot be read: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CellMLException($"{path}: cannot be read: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a model from text.</summary>
    /// <param name="xml">The CellML document.</param>
    /// <param name="sourceName">The name to use in messages, e.g. the file name.</param>
    /// <param name="options">Limits, or null for the defaults.</param>
    /// <returns>The compiled model.</returns>
    /// <exception cref="CellMLException">The text is too large, malformed, or outside the supported subset.</exception>
    public static CellMLModel Parse(string xml, string sourceName = "model.cellml", CellMLReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var reader = new StringReader(xml);
        return Read(reader, sourceName, options ?? new CellMLReaderOptions());
    }

    private static CellMLModel Read(TextReader text, string sourceName, CellMLReaderOptions options)
    {
        var source = new Source(sourceName);
        var document = SafeXml.Load(text, source, options.MaxBytes);
        var raw = StructureReader.Read(document, source);
        var analysis = ModelAnalysis.Analyse(raw, source);
        var compiled = CompiledModel.Compile(analysis, Evaluation.Choose(options.Interpret, options.Closures));
        return new CellMLModel(sourceName, analysis, compiled);
    }
}
