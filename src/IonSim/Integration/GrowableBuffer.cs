namespace IonSim.Integration;

/// <summary>
/// An append-only run of doubles that doubles its capacity when full, so storing output costs
/// O(log n) allocations per solve rather than one per step.
/// </summary>
internal sealed class GrowableBuffer(int initialCapacity)
{
    private double[] _items = new double[Math.Max(initialCapacity, 16)];

    public int Count { get; private set; }

    public void Add(double value)
    {
        EnsureRoom(1);
        _items[Count++] = value;
    }

    public void Add(ReadOnlySpan<double> values)
    {
        EnsureRoom(values.Length);
        values.CopyTo(_items.AsSpan(Count));
        Count += values.Length;
    }

    public double[] ToArray() => _items.AsSpan(0, Count).ToArray();

    private void EnsureRoom(int extra)
    {
        if (Count + extra > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(_items.Length * 2, Count + extra));
        }
    }
}
