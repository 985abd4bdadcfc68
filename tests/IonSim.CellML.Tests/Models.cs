using IonSim.CellML;

namespace IonSim.CellML.Tests;

/// <summary>The repository models shipped under Models/, each loaded once.</summary>
internal static class Models
{
    private static readonly Lazy<CellMLModel> LazyShorten = new(() => CellMLReader.Load(PathOf("shorten_ocallaghan_davidson_soboleva_2007.cellml")));

    public static CellMLModel Shorten => LazyShorten.Value;

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Models", file);
}
