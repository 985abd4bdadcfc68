using IonSim.CellML;

namespace IonSim.CellML.Tests;

/// <summary>The repository models shipped under Models/, each loaded once.</summary>
internal static class Models
{
    private static readonly Lazy<CellMLModel> LazyShorten = new(() => CellMLReader.Load(PathOf("shorten_ocallaghan_davidson_soboleva_2007.cellml")));

    private static readonly Lazy<CellMLModel> LazyShortenThroughClosures = new(() =>
        CellMLReader.Load(PathOf("shorten_ocallaghan_davidson_soboleva_2007.cellml"), new CellMLReaderOptions { Closures = true }));

    public static CellMLModel Shorten => LazyShorten.Value;

    /// <summary>Shorten 2007 evaluated as the natively compiled tool evaluates it (closures, no code generation).</summary>
    public static CellMLModel ShortenThroughClosures => LazyShortenThroughClosures.Value;

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Models", file);
}
