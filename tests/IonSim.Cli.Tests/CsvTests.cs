using IonSim.Plotting;

namespace IonSim.Cli.Tests;

public sealed class CsvTests
{
    [Theory]
    [InlineData("TroponinCaMgSites", "troponin_ca_mg_sites")]
    [InlineData("Troponin C III/IV", "troponin_c_iii_iv")]
    [InlineData("ATP", "atp")]
    [InlineData("parvalbumin", "parvalbumin")]
    [InlineData("  ", "site")]
    public void Site_names_become_snake_case_column_names(string name, string column) => Assert.Equal(column, Csv.ColumnName(name));

    [Fact]
    public void Numbers_round_trip_in_invariant_culture_and_non_finite_values_are_empty_cells()
    {
        Assert.Equal("0.1", Csv.Number(0.1));
        Assert.Equal("1E-09", Csv.Number(1e-9));
        Assert.Equal("", Csv.Number(double.NaN));
        Assert.Equal("\"a,b\"", Csv.Text("a,b"));
    }
}
