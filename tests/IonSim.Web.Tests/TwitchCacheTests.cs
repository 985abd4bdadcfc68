using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Experiments;
using IonSim.Physiology;
using IonSim.Web.Lab;

namespace IonSim.Web.Tests;

/// <summary>The lab's twitch cache: a kept twitch is never simulated again, and the cache forgets the least recently used first.</summary>
public sealed class TwitchCacheTests
{
    // One real result stands in for every simulation: the cache never looks inside it.
    private static readonly Lazy<SimulationResult> AnyTwitch = new(() =>
        Experiment.Simulate(FiberPresets.Normal, StimulusProtocol.SinglePulse(), new SimulationOptions { OutputIntervalMs = 5 }, "normal"));

    private static FiberParameters Fiber(int i) => FiberPresets.Normal with { FreeMagnesiumMillimolar = 0.1 + (0.1 * i) };

    [Fact]
    public void The_same_fibre_under_another_name_is_another_twitch()
    {
        var cache = new TwitchCache(capacity: 4);
        var simulated = new List<string>();
        SimulationResult Simulate(FiberParameters f, string name)
        {
            simulated.Add(name);
            return AnyTwitch.Value;
        }

        cache.GetOrSimulate(Fiber(0), "normal", Simulate);
        cache.GetOrSimulate(Fiber(0), "this fibre", Simulate);
        cache.GetOrSimulate(Fiber(0), "normal", Simulate);

        Assert.Equal(["normal", "this fibre"], simulated);
    }

    [Property(MaxTest = 200)]
    public Property A_fibre_asked_for_again_before_capacity_others_were_is_not_simulated_again() =>
        Prop.ForAll(Gen.ListOf(Gen.Choose(0, 7)).ToArbitrary(), Gen.Choose(1, 4).ToArbitrary(), (requests, capacity) =>
        {
            var cache = new TwitchCache(capacity);
            var simulated = new List<int>();
            var history = new List<int>();
            foreach (int r in requests)
            {
                // Distinct other fibres asked for since this one was last asked for (all of them, if never).
                int last = history.LastIndexOf(r);
                int othersSince = last < 0 ? int.MaxValue : history.Skip(last + 1).Distinct().Count();
                int before = simulated.Count;
                cache.GetOrSimulate(Fiber(r), "this fibre", (_, _) =>
                {
                    simulated.Add(r);
                    return AnyTwitch.Value;
                });
                bool simulatedNow = simulated.Count > before;
                if (simulatedNow != (othersSince >= capacity) || cache.Count > capacity)
                {
                    return false.Label($"request {r} after {string.Join(",", history)}: simulated {simulatedNow}, kept {cache.Count} of {capacity}");
                }

                history.Add(r);
            }

            return true.ToProperty();
        });
}
