using System.Text;
using IonSim.Experiments.Studies;

namespace IonSim.Tests.Experiments.Studies;

public class StudyRunTests
{
    private static readonly Study Small = Study.FromJson(StudyFiles.Small());

    [Fact]
    public void Shards_and_thread_counts_give_the_same_results_bit_for_bit()
    {
        IReadOnlyList<StudyPointResult> single = StudyRunner.Run(Small, Shard.All, new HashSet<long>(), _ => { }, maxDegreeOfParallelism: 1);
        IReadOnlyList<StudyPointResult> parallel = StudyRunner.Run(Small, Shard.All, new HashSet<long>(), _ => { }, maxDegreeOfParallelism: 3);
        StudyPointResult[] sharded = [.. new[] { new Shard(1, 3), new Shard(2, 3), new Shard(3, 3) }
            .SelectMany(s => StudyRunner.Run(Small, s, new HashSet<long>(), _ => { }, maxDegreeOfParallelism: 2)).OrderBy(r => r.Index)];
        Assert.Equal(Small.PointCount, single.Count);
        Assert.All(single.Zip(parallel), p => Assert.True(p.First.SameAs(p.Second)));
        Assert.All(single.Zip(sharded), p => Assert.True(p.First.SameAs(p.Second)));
        Assert.All(single, r => Assert.Null(r.Failure));
    }

    [Fact]
    public void A_resumed_run_skips_the_points_it_has_and_computes_only_the_rest()
    {
        var seen = new List<long>();
        IReadOnlyList<StudyPointResult> rest = StudyRunner.Run(Small, Shard.All, new HashSet<long> { 0, 2 }, r => seen.Add(r.Index));
        Assert.Equal([1, 3], rest.Select(r => r.Index));
        Assert.Equal([1, 3], seen.Order());
    }

    [Fact]
    public void A_part_reads_back_exactly_and_its_study_rebuilds_with_the_same_hash()
    {
        StudyPart part = Part(StudyRunner.Run(Small, new Shard(2, 2), new HashSet<long>(), _ => { }), complete: true);
        StudyPart read = StudyPart.Read(new MemoryStream(Bytes(part)));
        Assert.Equal(part.StudyHash, read.StudyHash);
        Assert.Equal(new Shard(2, 2), read.Shard);
        Assert.True(read.IsComplete);
        Assert.All(part.Results.Zip(read.Results), p => Assert.True(p.First.SameAs(p.Second)));
        Assert.Equal(Small.Hash, Study.FromJson(read.StudyJson).Hash);
    }

    [Fact]
    public void A_truncated_or_altered_part_is_refused_with_the_reason()
    {
        StudyPart part = Part([new StudyPointResult(1, [0.25, double.NaN], null), new StudyPointResult(3, [0.5, 1], "twitch: failed")], complete: false);
        byte[] bytes = Bytes(part);

        var truncated = Assert.Throws<InvalidDataException>(() => StudyPart.Read(new MemoryStream(bytes[..(bytes.Length - 30)])));
        Assert.Contains("truncated", truncated.Message, StringComparison.Ordinal);

        string text = Encoding.UTF8.GetString(bytes).Replace("0.25", "0.26", StringComparison.Ordinal);
        var altered = Assert.Throws<InvalidDataException>(() => StudyPart.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))));
        Assert.Contains("checksum", altered.Message, StringComparison.Ordinal);

        var other = Assert.Throws<InvalidDataException>(() => StudyPart.Read(new MemoryStream("{\"a\": 1}\n"u8.ToArray())));
        Assert.Contains("not a study part", other.Message, StringComparison.Ordinal);
    }

    private static StudyPart Part(IReadOnlyList<StudyPointResult> results, bool complete) => new()
    {
        StudyHash = Small.Hash,
        StudyJson = Small.ToJson(indented: false),
        Shard = new Shard(2, 2),
        Results = results,
        IsComplete = complete,
    };

    private static byte[] Bytes(StudyPart part)
    {
        using var stream = new MemoryStream();
        part.Write(stream);
        return stream.ToArray();
    }
}
