using System.Collections;
using System.Numerics;

namespace IonSim.Integration;

/// <summary>
/// An append-only store of fixed-size records of doubles (a time, a state, a step's dense
/// coefficients), kept in chunks of at most 16 KiB. Chunks stay far below the large-object heap's threshold and
/// are never copied as the store grows, so storing a solve's output triggers no generation-2 collections
/// (measured: growing one array by doubling cost more than the steps it stored); being small, the last,
/// partly filled chunk wastes little (a twitch's step times filled a quarter of a 64 KiB chunk).
/// </summary>
internal sealed class RecordBuffer
{
    private const int ChunkDoubles = 2048;
    private const int ScalarChunkShift = 11; // 2048 = 2^11 one-double records per chunk

    private List<double[]>? _chunks;
    private readonly int _recordsPerChunk;
    private readonly int _chunkShift;

    public RecordBuffer(int recordSize)
    {
        RecordSize = recordSize;

        // A power of two, so that finding a record is a shift and a mask, not two integer divisions
        // (dense look-ups run tens of thousands of times per twitch's metrics).
        _chunkShift = Math.Max(0, BitOperations.Log2((uint)Math.Max(1, ChunkDoubles / recordSize)));
        _recordsPerChunk = 1 << _chunkShift;
    }

    /// <summary>The value of a one-double record (times, step ends), without the span: a shift and a mask, as a chunk then holds 2^11 records.</summary>
    public double Scalar(int index) => _chunks![index >> ScalarChunkShift][index & ((1 << ScalarChunkShift) - 1)];

    public int RecordSize { get; }

    public int Count { get; private set; }

    public void Add(ReadOnlySpan<double> record)
    {
        int slot = Count & (_recordsPerChunk - 1);
        if (slot == 0)
        {
            // Not zeroed: a record is written before Count admits it, and nothing reads past Count.
            (_chunks ??= []).Add(GC.AllocateUninitializedArray<double>(_recordsPerChunk * RecordSize));
        }

        record.CopyTo(_chunks![^1].AsSpan(slot * RecordSize, RecordSize));
        Count++;
    }

    public void Add(double value) => Add([value]);

    public ReadOnlySpan<double> this[int index] =>
        _chunks![index >> _chunkShift].AsSpan((index & (_recordsPerChunk - 1)) * RecordSize, RecordSize);

    /// <summary>A read-only list view of a store of one-double records.</summary>
    public IReadOnlyList<double> AsList() => new ScalarView(this);

    private sealed class ScalarView(RecordBuffer buffer) : IReadOnlyList<double>
    {
        public int Count => buffer.Count;

        public double this[int index] =>
            (uint)index < (uint)buffer.Count ? buffer[index][0] : throw new ArgumentOutOfRangeException(nameof(index), index, $"index must be between 0 and {buffer.Count - 1}, but was {index}.");

        public IEnumerator<double> GetEnumerator()
        {
            for (int i = 0; i < buffer.Count; i++)
            {
                yield return buffer[i][0];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
