using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Experiments.Studies;
using IonSim.Physiology;

namespace IonSim.Tests.Experiments.Studies;

public class StudyTests
{
    [Fact]
    public void A_study_file_reads_back_from_its_own_JSON_with_the_same_hash_and_points()
    {
        Study study = Study.FromJson(StudyFiles.Small("""{ "kind": "saltelli", "samples": 8 }""", """, { "name": "Release.CalciumInducedPermeabilityPerMs", "distribution": "truncated_normal", "mean": 0.004, "sd": 0.002, "min": 0.001, "max": 0.01 }"""));
        Study again = Study.FromJson(study.ToJson());
        Assert.Equal(study.Hash, again.Hash);
        Assert.Equal(8 * 5, study.PointCount);
        for (long i = 0; i < study.PointCount; i++)
        {
            StudyPoint first = study.Point(i), second = again.Point(i);
            Assert.Equal((first.Index, first.Sample, first.Matrix), (second.Index, second.Sample, second.Matrix));
            Assert.Equal(first.Values, second.Values);
        }
    }

    [Fact]
    public void The_hash_changes_with_anything_that_changes_a_point()
    {
        string hash = Study.FromJson(StudyFiles.Small()).Hash;
        Assert.NotEqual(hash, Study.FromJson(StudyFiles.Small().Replace("\"seed\": 11", "\"seed\": 12")).Hash);
        Assert.NotEqual(hash, Study.FromJson(StudyFiles.Small().Replace("\"max\": 9", "\"max\": 9.5")).Hash);
        Assert.NotEqual(hash, Study.FromJson(StudyFiles.Small().Replace("\"normal\"", "\"low-magnesium\"")).Hash);
        Assert.Equal(hash, Study.FromJson(StudyFiles.Small().Replace("\"seed\": 11", "\"seed\":   11")).Hash);
    }

    [Fact]
    public void A_Saltelli_point_takes_column_i_from_B_and_the_rest_from_A()
    {
        Study study = Study.FromJson(StudyFiles.Small("""{ "kind": "saltelli", "samples": 4 }"""));
        for (long j = 0; j < 4; j++)
        {
            StudyPoint a = study.Point(j * 4), b = study.Point((j * 4) + 1), ab0 = study.Point((j * 4) + 2), ab1 = study.Point((j * 4) + 3);
            Assert.Equal((j, 0, j, 1), (a.Sample, a.Matrix, b.Sample, b.Matrix));
            Assert.Equal([b.Values[0], a.Values[1]], ab0.Values);
            Assert.Equal([a.Values[0], b.Values[1]], ab1.Values);
            Assert.All(a.Values.Zip(b.Values), p => Assert.NotEqual(p.First, p.Second));
        }
    }

    [Fact]
    public void Every_point_lies_within_its_parameters_range_and_a_grid_includes_both_ends()
    {
        Study grid = Study.FromJson(StudyFiles.Small("""{ "kind": "grid", "levels": 3 }"""));
        Assert.Equal(9, grid.PointCount);
        Assert.Equal([0.5, 4], grid.Point(0).Values);
        Assert.Equal([1.5, 9], grid.Point(8).Values);
        Study latin = Study.FromJson(StudyFiles.Small("""{ "kind": "latin_hypercube", "samples": 50 }"""));
        var first = Enumerable.Range(0, 50).Select(i => latin.Point(i).Values[0]).ToArray();
        Assert.All(first, v => Assert.InRange(v, 0.5, 1.5));

        // One point per stratum: each tenth of the range holds five of the 50 points.
        Assert.All(first.GroupBy(v => Math.Min(9, (int)((v - 0.5) * 10))), g => Assert.Equal(5, g.Count()));
    }

    [Property(MaxTest = 50)]
    public Property The_shards_of_a_study_hold_every_point_exactly_once(PositiveInt shards, PositiveInt points)
    {
        int n = 1 + (shards.Get % 40);
        long count = points.Get % 500;
        long[] all = [.. Enumerable.Range(1, n).SelectMany(k => new Shard(k, n).Points(count)).Order()];
        bool counts = Enumerable.Range(1, n).All(k => new Shard(k, n).PointCount(count) == new Shard(k, n).Points(count).Count());
        return (all.SequenceEqual(Enumerable.Range(0, (int)count).Select(i => (long)i)) && counts).Label($"{n} shards of {count} points");
    }

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("a/b")]
    [InlineData("1/0")]
    [InlineData("-1/4")]
    [InlineData("1/4/2")]
    [InlineData("")]
    public void A_shard_spec_outside_1_to_N_is_refused(string text)
    {
        var e = Assert.Throws<FormatException>(() => Shard.Parse(text));
        Assert.Contains("K/N", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"FreeMagnesiumMillimolar\"", "\"FreeMagnesium\"", "unknown parameter 'FreeMagnesium'")]
    [InlineData("\"Serca.MaxRateMicromolarPerMs\"", "\"serca.maxratemicromolarperms\"", "did you mean 'Serca.MaxRateMicromolarPerMs'")]
    [InlineData("\"min\": 0.5", "\"min\": 0.0001", "outside the parameter's valid range")]
    [InlineData("\"max\": 1.5", "\"max\": 25", "outside the parameter's valid range")]
    [InlineData("\"log_uniform\"", "\"lognormal\"", "not a distribution")]
    [InlineData("\"Serca.MaxRateMicromolarPerMs\"", "\"FreeMagnesiumMillimolar\"", "given 2 times")]
    [InlineData("\"Serca.MaxRateMicromolarPerMs\"", "\"Serca\"", "a group of fields")]
    [InlineData("\"Serca.MaxRateMicromolarPerMs\"", "\"RestCondition\"", "not a number")]
    [InlineData("\"levels\": 2", "\"levels\": 1", "2 to 1000 levels")]
    [InlineData("\"seed\": 11", "\"seed\": 11, \"colour\": 1", "colour: unknown field")]
    [InlineData("\"min\": 4", "\"min\": 9", "min must be less than max")]
    public void A_wrong_study_file_is_refused_before_anything_runs_with_the_field_named(string from, string to, string message)
    {
        string text = StudyFiles.Small().Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(StudyFiles.Small(), text);
        var e = Assert.Throws<InvalidStudyException>(() => Study.FromJson(text));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Saltelli_wants_a_power_of_two()
    {
        var e = Assert.Throws<InvalidStudyException>(() => Study.FromJson(StudyFiles.Small("""{ "kind": "saltelli", "samples": 100 }""")));
        Assert.Contains("power of two", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_point_whose_values_the_parameters_refuse_fails_alone_with_the_reason()
    {
        // Both ends valid, yet one combination may not be: here the reference Mg²⁺ is varied past what the fibre can rest with.
        Study study = Study.FromJson(StudyFiles.Small(parameters: """, { "name": "Release.CalciumInducedPermeabilityPerMs", "distribution": "uniform", "min": 0, "max": 1000 }""",
            protocols: """[ { "kind": "rest" } ]"""));
        StudyPointResult[] results = [.. Enumerable.Range(0, (int)study.PointCount).Select(i => study.Run(i))];
        Assert.Contains(results, r => r.Failure is null && double.IsFinite(r.Outputs[0]));
        StudyPointResult failed = Assert.Single(results.Where(r => r.Failure is not null).Take(1));
        Assert.StartsWith("rest: ", failed.Failure, StringComparison.Ordinal);
        Assert.All(failed.Outputs, o => Assert.True(double.IsNaN(o)));
    }
}
