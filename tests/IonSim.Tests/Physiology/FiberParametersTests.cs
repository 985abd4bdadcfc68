using System.Text.Json;
using IonSim.Physiology;

namespace IonSim.Tests.Physiology;

public class FiberParametersTests
{
    public static TheoryData<string> PresetNames => new(FiberPresets.All.Keys);

    [Theory]
    [MemberData(nameof(PresetNames))]
    public void Preset_survives_a_json_round_trip_exactly(string name)
    {
        var preset = FiberPresets.Get(name);
        var back = FiberParameters.FromJson(preset.ToJson());
        Assert.Equal(preset, back);
        Assert.Equal(preset.ToJson(), back.ToJson());
    }

    [Fact]
    public void Awkward_doubles_and_every_switch_survive_a_round_trip()
    {
        var odd = FiberPresets.Normal with
        {
            FreeMagnesiumMillimolar = 0.1 + 0.2,
            Mechanisms = MagnesiumMechanisms.ParvalbuminCompetition | MagnesiumMechanisms.SercaDependence,
            MagnesiumMode = MagnesiumMode.Dynamic,
            RestCondition = RestCondition.TotalCalciumFixed,
            Serca = FiberPresets.Normal.Serca with { MaxRateMicromolarPerMs = 1.0 / 3.0 },
            Release = FiberPresets.Normal.Release with { StimulusPermeabilityPerMs = double.Epsilon * 7 },
        };
        Assert.Equal(odd, FiberParameters.FromJson(odd.ToJson()));
    }

    [Fact]
    public void Unknown_field_is_rejected()
    {
        string json = FiberPresets.Normal.ToJson().Replace("\"FreeMagnesiumMillimolar\"", "\"FreeMagnesiumMilimolar\"", StringComparison.Ordinal);
        var error = Assert.Throws<JsonException>(() => FiberParameters.FromJson(json));
        Assert.Contains("FreeMagnesiumMilimolar", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_nested_field_is_rejected()
    {
        string json = FiberPresets.Normal.ToJson().Replace("\"HillCoefficient\"", "\"Hil\"", StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => FiberParameters.FromJson(json));
    }

    [Fact]
    public void Out_of_range_value_in_json_names_field_and_value()
    {
        string json = FiberPresets.Normal.ToJson().Replace("\"FreeMagnesiumMillimolar\": 1", "\"FreeMagnesiumMillimolar\": -0.5", StringComparison.Ordinal);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => FiberParameters.FromJson(json));
        Assert.Contains("FreeMagnesiumMillimolar", error.Message, StringComparison.Ordinal);
        Assert.Contains("-0.5", error.Message, StringComparison.Ordinal);
        Assert.Contains("between 0.001 and 20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_fields_keep_their_defaults()
    {
        var parameters = FiberParameters.FromJson("{ \"SchemaVersion\": 2, \"FreeMagnesiumMillimolar\": 0.25 }");
        Assert.Equal(FiberPresets.LowMagnesium, parameters);
    }

    [Theory]
    [InlineData("\"FreeMagnesiumMillimolar\": \"one\"", "FreeMagnesiumMillimolar takes a number")]
    [InlineData("\"Mechanisms\": 3", "Mechanisms takes a MagnesiumMechanisms name in quotes")]
    [InlineData("\"Serca\": 5", "Serca takes a SercaParameters object")]
    public void Wrong_kind_of_value_names_the_field_and_what_it_takes(string field, string expected)
    {
        var error = Assert.Throws<JsonException>(() => FiberParameters.FromJson($"{{ \"SchemaVersion\": 2, {field} }}"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("$." + field[1..field.IndexOf('"', 1)], error.Path);
        // The position would be in the document the file was laid over, not in the file: it is left out rather than misleading.
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_field_is_rejected_even_with_the_same_value()
    {
        var error = Assert.Throws<JsonException>(() => FiberParameters.FromJson("{ \"SchemaVersion\": 2, \"FreeMagnesiumMillimolar\": 1, \"FreeMagnesiumMillimolar\": 1 }"));
        Assert.Contains("Duplicate property 'FreeMagnesiumMillimolar'", error.Message, StringComparison.Ordinal);
        var nested = Assert.Throws<JsonException>(() => FiberParameters.FromJson(FiberPresets.Normal.ToJson().Replace("\"HillCoefficient\": ", "\"HillCoefficient\": 2, \"HillCoefficient\": ", StringComparison.Ordinal)));
        Assert.Equal("$.Serca.HillCoefficient", nested.Path);
    }

    [Fact]
    public void Null_sub_record_is_rejected()
    {
        Assert.ThrowsAny<Exception>(() => FiberParameters.FromJson("{ \"SchemaVersion\": 2, \"Serca\": null }"));
        Assert.Throws<ArgumentNullException>(() => FiberPresets.Normal with { Serca = null! });
    }

    [Fact]
    public void Save_and_load_file_round_trip()
    {
        string path = Path.Combine(Path.GetTempPath(), $"ionsim-fiber-{Guid.NewGuid():N}.json");
        try
        {
            FiberPresets.SevereMagnesium.SaveFile(path);
            Assert.Equal(FiberPresets.SevereMagnesium, FiberParameters.LoadFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static TheoryData<string, Func<FiberParameters>> InvalidSettings => new()
    {
        { "FreeMagnesiumMillimolar", () => FiberPresets.Normal with { FreeMagnesiumMillimolar = 0 } },
        { "FreeMagnesiumMillimolar", () => FiberPresets.Normal with { FreeMagnesiumMillimolar = double.NaN } },
        { "FreeMagnesiumMillimolar", () => FiberPresets.Normal with { FreeMagnesiumMillimolar = 25 } },
        { "ReferenceMagnesiumMillimolar", () => FiberPresets.Normal with { ReferenceMagnesiumMillimolar = -1 } },
        { "Mechanisms", () => FiberPresets.Normal with { Mechanisms = (MagnesiumMechanisms)64 } },
        { "MagnesiumMode", () => FiberPresets.Normal with { MagnesiumMode = (MagnesiumMode)7 } },
        { "RestCondition", () => FiberPresets.Normal with { RestCondition = (RestCondition)(-1) } },
        { "SrTotalCalciumMicromolar", () => FiberPresets.Normal with { SrTotalCalciumMicromolar = -1 } },
        { "FiberTotalCalciumMicromolar", () => FiberPresets.Normal with { FiberTotalCalciumMicromolar = double.PositiveInfinity } },
        { "SrToMyoplasmVolumeRatio", () => FiberPresets.Normal with { SrToMyoplasmVolumeRatio = 2 } },
        { "TotalMicromolar", () => FiberPresets.Normal with { Parvalbumin = FiberPresets.Normal.Parvalbumin with { TotalMicromolar = -5 } } },
        { "CalciumOnRatePerMicromolarPerMs", () => FiberPresets.Normal with { TroponinCaMgSites = FiberPresets.Normal.TroponinCaMgSites with { CalciumOnRatePerMicromolarPerMs = 0 } } },
        { "CalciumOffRatePerMs", () => FiberPresets.Normal with { Parvalbumin = FiberPresets.Normal.Parvalbumin with { CalciumOffRatePerMs = double.NaN } } },
        { "MagnesiumOnRatePerMicromolarPerMs", () => FiberPresets.Normal with { Parvalbumin = FiberPresets.Normal.Parvalbumin with { MagnesiumOnRatePerMicromolarPerMs = -1 } } },
        { "MagnesiumOffRatePerMs", () => FiberPresets.Normal with { TroponinCaMgSites = FiberPresets.Normal.TroponinCaMgSites with { MagnesiumOffRatePerMs = 0 } } },
        { "TotalMicromolar", () => FiberPresets.Normal with { Atp = FiberPresets.Normal.Atp with { TotalMicromolar = 0 } } },
        { "CalciumDissociationMicromolar", () => FiberPresets.Normal with { Atp = FiberPresets.Normal.Atp with { CalciumDissociationMicromolar = -200 } } },
        { "MagnesiumOnRatePerMicromolarPerMs", () => FiberPresets.Normal with { Atp = FiberPresets.Normal.Atp with { MagnesiumOnRatePerMicromolarPerMs = 0 } } },
        { "MagnesiumOffRatePerMs", () => FiberPresets.Normal with { Atp = FiberPresets.Normal.Atp with { MagnesiumOffRatePerMs = double.NegativeInfinity } } },
        { "TotalMicromolar", () => FiberPresets.Normal with { Troponin = FiberPresets.Normal.Troponin with { TotalMicromolar = 0 } } },
        { "CalciumOnRatePerMicromolarPerMs", () => FiberPresets.Normal with { Troponin = FiberPresets.Normal.Troponin with { CalciumOnRatePerMicromolarPerMs = -0.04 } } },
        { "CalciumOffRatePerMs", () => FiberPresets.Normal with { Troponin = FiberPresets.Normal.Troponin with { CalciumOffRatePerMs = 0 } } },
        { "MagnesiumOnRatePerMicromolarPerMs", () => FiberPresets.Normal with { Troponin = FiberPresets.Normal.Troponin with { MagnesiumOnRatePerMicromolarPerMs = 0 } } },
        { "MagnesiumOffRatePerMs", () => FiberPresets.Normal with { Troponin = FiberPresets.Normal.Troponin with { MagnesiumOffRatePerMs = -1 } } },
        { "PermissiveOnRatePerMs", () => FiberPresets.Normal with { Troponin = FiberPresets.Normal.Troponin with { PermissiveOnRatePerMs = 0 } } },
        { "PermissiveOffRatePerMs", () => FiberPresets.Normal with { Troponin = FiberPresets.Normal.Troponin with { PermissiveOffRatePerMs = double.NaN } } },
        { "EmptyPermissiveOffRatePerMs", () => FiberPresets.Normal with { Troponin = FiberPresets.Normal.Troponin with { EmptyPermissiveOffRatePerMs = -0.1 } } },
        { "AttachRatePerMs", () => FiberPresets.Normal with { Troponin = FiberPresets.Normal.Troponin with { AttachRatePerMs = 0 } } },
        { "DetachRatePerMs", () => FiberPresets.Normal with { Troponin = FiberPresets.Normal.Troponin with { DetachRatePerMs = -15 } } },
        { "PowerStrokeRatePerMs", () => FiberPresets.Normal with { Troponin = FiberPresets.Normal.Troponin with { PowerStrokeRatePerMs = 0 } } },
        { "ReversePowerStrokeRatePerMs", () => FiberPresets.Normal with { Troponin = FiberPresets.Normal.Troponin with { ReversePowerStrokeRatePerMs = 0 } } },
        { "CycleRatePerMs", () => FiberPresets.Normal with { Troponin = FiberPresets.Normal.Troponin with { CycleRatePerMs = 0 } } },
        { "TotalMicromolar", () => FiberPresets.Normal with { Calsequestrin = FiberPresets.Normal.Calsequestrin with { TotalMicromolar = 0 } } },
        { "CalciumOnRatePerMicromolarPerMs", () => FiberPresets.Normal with { Calsequestrin = FiberPresets.Normal.Calsequestrin with { CalciumOnRatePerMicromolarPerMs = 0 } } },
        { "CalciumOffRatePerMs", () => FiberPresets.Normal with { Calsequestrin = FiberPresets.Normal.Calsequestrin with { CalciumOffRatePerMs = -1 } } },
        { "MaxRateMicromolarPerMs", () => FiberPresets.Normal with { Serca = FiberPresets.Normal.Serca with { MaxRateMicromolarPerMs = 0 } } },
        { "HalfSaturationMicromolar", () => FiberPresets.Normal with { Serca = FiberPresets.Normal.Serca with { HalfSaturationMicromolar = -1 } } },
        { "HillCoefficient", () => FiberPresets.Normal with { Serca = FiberPresets.Normal.Serca with { HillCoefficient = 5 } } },
        { "MagnesiumHalfActivationMillimolar", () => FiberPresets.Normal with { Serca = FiberPresets.Normal.Serca with { MagnesiumHalfActivationMillimolar = 0 } } },
        { "StimulusPermeabilityPerMs", () => FiberPresets.Normal with { Release = FiberPresets.Normal.Release with { StimulusPermeabilityPerMs = 0 } } },
        { "ActivationWidthMs", () => FiberPresets.Normal with { Release = FiberPresets.Normal.Release with { ActivationWidthMs = 0.01 } } },
        { "RestingPermeabilityPerMs", () => FiberPresets.Normal with { Release = FiberPresets.Normal.Release with { RestingPermeabilityPerMs = -1e-4 } } },
        { "LeakPermeabilityPerMs", () => FiberPresets.Normal with { Release = FiberPresets.Normal.Release with { LeakPermeabilityPerMs = double.NaN } } },
        { "CalciumInducedPermeabilityPerMs", () => FiberPresets.Normal with { Release = FiberPresets.Normal.Release with { CalciumInducedPermeabilityPerMs = -1 } } },
        { "StimulusMagnesiumHalfInhibitionMillimolar", () => FiberPresets.Normal with { Release = FiberPresets.Normal.Release with { StimulusMagnesiumHalfInhibitionMillimolar = 0 } } },
        { "MagnesiumInhibitionHill", () => FiberPresets.Normal with { Release = FiberPresets.Normal.Release with { MagnesiumInhibitionHill = 0.1 } } },
        { "RestingMagnesiumHalfInhibitionMillimolar", () => FiberPresets.Normal with { Release = FiberPresets.Normal.Release with { RestingMagnesiumHalfInhibitionMillimolar = -1 } } },
        { "ActivatingSiteCalciumMicromolar", () => FiberPresets.Normal with { Release = FiberPresets.Normal.Release with { ActivatingSiteCalciumMicromolar = 0 } } },
        { "ActivatingSiteMagnesiumMicromolar", () => FiberPresets.Normal with { Release = FiberPresets.Normal.Release with { ActivatingSiteMagnesiumMicromolar = 0 } } },
        { "InhibitorySiteCalciumMicromolar", () => FiberPresets.Normal with { Release = FiberPresets.Normal.Release with { InhibitorySiteCalciumMicromolar = 0 } } },
        { "InhibitorySiteMagnesiumMicromolar", () => FiberPresets.Normal with { Release = FiberPresets.Normal.Release with { InhibitorySiteMagnesiumMicromolar = double.PositiveInfinity } } },
        { "OnsetRatePerMs", () => FiberPresets.Normal with { Inactivation = FiberPresets.Normal.Inactivation with { OnsetRatePerMs = -0.2 } } },
        { "HalfCalciumMicromolar", () => FiberPresets.Normal with { Inactivation = FiberPresets.Normal.Inactivation with { HalfCalciumMicromolar = 0 } } },
        { "Hill", () => FiberPresets.Normal with { Inactivation = FiberPresets.Normal.Inactivation with { Hill = 10 } } },
        { "RecoveryRatePerMs", () => FiberPresets.Normal with { Inactivation = FiberPresets.Normal.Inactivation with { RecoveryRatePerMs = 0 } } },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Invalid_value_is_rejected_with_its_name_and_allowed_range(string field, Func<FiberParameters> build)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(build);
        Assert.Equal(field, error.ParamName);
        Assert.StartsWith(field + " must", error.Message, StringComparison.Ordinal);
        Assert.Contains("but was", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Presets_hold_the_three_magnesium_stores()
    {
        Assert.Equal(1.0, FiberPresets.Normal.FreeMagnesiumMillimolar);
        Assert.Equal(0.25, FiberPresets.LowMagnesium.FreeMagnesiumMillimolar);
        Assert.Equal(0.1, FiberPresets.SevereMagnesium.FreeMagnesiumMillimolar);
        Assert.Equal(0.6, FiberPresets.WithMagnesium(0.6).FreeMagnesiumMillimolar);
        Assert.Same(FiberPresets.LowMagnesium, FiberPresets.Get("LOW-magnesium"));
    }

    [Fact]
    public void Unknown_preset_name_lists_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => FiberPresets.Get("cramp"));
        Assert.Contains("normal, low-magnesium, severe-magnesium", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_holds_only_settable_fields_so_nothing_written_is_ignored_on_load()
    {
        string json = FiberPresets.Normal.ToJson();
        Assert.DoesNotContain("FreeMagnesiumMicromolar", json, StringComparison.Ordinal);
        Assert.DoesNotContain("DissociationMicromolar\": 100", json, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => FiberParameters.FromJson("{ \"SchemaVersion\": 2, \"FreeMagnesiumMicromolar\": 250 }"));
    }

    [Fact]
    public void A_version_1_file_is_refused_with_what_changed_and_how_to_recover()
    {
        var error = Assert.Throws<JsonException>(() => FiberParameters.FromJson("{ \"FreeMagnesiumMillimolar\": 0.25 }"));
        Assert.Contains("version-1", error.Message, StringComparison.Ordinal);
        Assert.Contains("NeighbourCooperativity", error.Message, StringComparison.Ordinal);
        Assert.Contains("ionsim params", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_schema_version_is_refused_naming_the_version()
    {
        var newer = Assert.Throws<JsonException>(() => FiberParameters.FromJson("{ \"SchemaVersion\": 3 }"));
        Assert.Contains("SchemaVersion 3, written by a newer IonSim", newer.Message, StringComparison.Ordinal);
        var one = Assert.Throws<JsonException>(() => FiberParameters.FromJson("{ \"SchemaVersion\": 1 }"));
        Assert.Contains("version-1", one.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => FiberParameters.FromJson("{ \"SchemaVersion\": \"two\" }"));
    }

    [Fact]
    public void Written_json_carries_the_current_schema_version()
    {
        Assert.Contains("\"SchemaVersion\": 2", FiberPresets.Normal.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void New_fields_are_validated_like_the_old_ones()
    {
        // A Troponin block without the cooperativities is refused, not read as γ = 0 (a different, non-cooperative fibre).
        string troponin = System.Text.RegularExpressions.Regex.Replace(FiberPresets.Normal.ToJson(), "\\s*\"NeighbourCooperativity\": [^,]+,", string.Empty);
        Assert.DoesNotContain("NeighbourCooperativity", troponin, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => FiberParameters.FromJson(troponin));
        Assert.Throws<ArgumentOutOfRangeException>(() => FiberPresets.Normal.Troponin with { NeighbourCooperativity = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => FiberPresets.Normal.Mechanics with { SeriesComplianceFractionOfLength = 0.5 });
        Assert.ThrowsAny<ArgumentException>(() => FiberParameters.FromJson("{ \"SchemaVersion\": 2, \"Mechanics\": { \"SeriesComplianceFractionOfLength\": 0, \"MaxShorteningVelocityLengthsPerSecond\": 5, \"HillCurvatureRatio\": 0.3, \"RegularisationForceFraction\": 0.01 } }"));
    }
}
