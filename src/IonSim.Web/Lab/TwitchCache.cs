using IonSim.Experiments;
using IonSim.Physiology;

namespace IonSim.Web.Lab;

/// <summary>
/// The twitches a lab simulated most recently, by fibre and scenario name (parameter records compare by value). The
/// normal reference is simulated once per fibre, and a slider dragged back over positions it has visited redraws
/// without simulating again. Bounded: the least recently used twitch is forgotten first.
/// </summary>
internal sealed class TwitchCache(int capacity)
{
    private readonly Dictionary<(FiberParameters Fiber, string Name), LinkedListNode<((FiberParameters, string) Key, SimulationResult Result)>> _byKey = [];
    private readonly LinkedList<((FiberParameters, string) Key, SimulationResult Result)> _recent = new(); // most recent first

    /// <summary>How many twitches are kept.</summary>
    public int Count => _byKey.Count;

    /// <summary>The kept twitch of this fibre and name, or the one <paramref name="simulate"/> returns (then kept).</summary>
    public SimulationResult GetOrSimulate(FiberParameters fiber, string name, Func<FiberParameters, string, SimulationResult> simulate)
    {
        if (_byKey.TryGetValue((fiber, name), out var node))
        {
            _recent.Remove(node);
            _recent.AddFirst(node);
            return node.Value.Result;
        }

        SimulationResult result = simulate(fiber, name);
        _byKey[(fiber, name)] = _recent.AddFirst(((fiber, name), result));
        if (_byKey.Count > capacity)
        {
            _byKey.Remove(_recent.Last!.Value.Key);
            _recent.RemoveLast();
        }

        return result;
    }
}
