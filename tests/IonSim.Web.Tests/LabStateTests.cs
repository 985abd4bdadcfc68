using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Physiology;
using IonSim.Web.Lab;

namespace IonSim.Web.Tests;

/// <summary>Laws of the small pieces that carry a lab's state in its address and drop stale work.</summary>
public sealed class LabStateTests
{
    [Property(MaxTest = 300)]
    public Property The_magnesium_slider_is_monotone_within_range_and_round_trips() =>
        Prop.ForAll(Gen.Choose(0, MagnesiumScale.Steps - 1).ToArbitrary(), p =>
        {
            double mg = MagnesiumScale.FromPosition(p), next = MagnesiumScale.FromPosition(p + 1);
            return mg >= MagnesiumScale.MinimumMillimolar && next <= MagnesiumScale.MaximumMillimolar && next >= mg
                && Math.Abs(MagnesiumScale.ToPosition(mg) - p) <= 1
                && MagnesiumScale.Round(mg) == mg;
        });

    [Fact]
    public void Every_set_of_mechanism_switches_round_trips_through_the_address()
    {
        for (int flags = 0; flags <= (int)MagnesiumMechanisms.All; flags++)
        {
            var on = (MagnesiumMechanisms)flags;
            Assert.Equal(on, MechanismSwitch.Parse(MechanismSwitch.Format(on)));
        }

        Assert.Equal(MagnesiumMechanisms.All, MechanismSwitch.Parse("ryr,telepathy"));
        Assert.Equal(MagnesiumMechanisms.All, MechanismSwitch.Parse(null));
    }

    [Property(MaxTest = 50)]
    public Property A_loaded_fiber_round_trips_through_the_address() =>
        Prop.ForAll(Gen.Choose(1, 2000).ToArbitrary(), Gen.Choose(1, 400).ToArbitrary(), (mgMicro, pumpPercent) =>
        {
            FiberParameters normal = FiberPresets.Normal;
            FiberParameters fiber = normal with
            {
                FreeMagnesiumMillimolar = mgMicro / 1000.0,
                Serca = normal.Serca with { MaxRateMicromolarPerMs = normal.Serca.MaxRateMicromolarPerMs * pumpPercent / 100.0 },
            };
            string? text = FiberInUrl.Encode(fiber);
            return (text is null) == (fiber.ToJson() == normal.ToJson())
                && FiberInUrl.Decode(text).ToJson() == fiber.ToJson()
                && (text ?? "").All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
        });

    [Theory]
    [InlineData("%%%")]
    [InlineData("e30")] // "{}" is a valid fiber: the normal one
    [InlineData("eyJGcmVlTWFnbmVzaXVtTWlsbGltb2xhciI6IDk5fQ")] // {"FreeMagnesiumMillimolar": 99}: refused by the library
    public void A_fiber_the_library_refuses_in_an_address_falls_back_to_the_normal_fiber(string text) =>
        Assert.Equal(FiberPresets.Normal.ToJson(), FiberInUrl.Decode(text).ToJson());

    [Fact]
    public async Task Only_the_newest_of_overlapping_requests_runs()
    {
        // The turn each request yields ends only when the test opens the gate, after all four have arrived (as four input events
        // would while the browser is busy), so no machine load can let an older request slip through first.
        var gate = new TaskCompletionSource();
        var latest = new LatestRequest(() => gate.Task);
        var ran = new List<int>();

        Task[] requests = [.. Enumerable.Range(1, 4).Select(i => latest.RunIfLatestAsync(() => ran.Add(i)))];
        Assert.True(latest.IsPending);
        gate.SetResult();
        await Task.WhenAll(requests);

        Assert.Equal([4], ran);
        Assert.False(latest.IsPending);
    }

    [Fact]
    public async Task Work_after_drawing_runs_once_drawn_and_only_for_a_request_still_the_newest()
    {
        // Request 1 simulates and waits for its paint; request 2 arrives during that paint, so 1 must not rewrite the
        // address (2 will, after its own paint). Every gate is opened by the test, so the order is the test's.
        var turn = new TaskCompletionSource();
        var latest = new LatestRequest(() => turn.Task);
        var paints = new List<TaskCompletionSource>();
        var log = new List<string>();
        Task Drawn(int i)
        {
            log.Add($"drawn {i}");
            var paint = new TaskCompletionSource();
            paints.Add(paint);
            return paint.Task;
        }

        Task first = latest.RunIfLatestAsync(() => log.Add("work 1"), () => Drawn(1), () => log.Add("after 1"));
        turn.SetResult();
        Assert.Equal(["work 1", "drawn 1"], log);
        Assert.True(latest.IsPending);

        Task second = latest.RunIfLatestAsync(() => log.Add("work 2"), () => Drawn(2), () => log.Add("after 2"));
        paints[0].SetResult();
        await first;
        await Task.Yield();
        Assert.True(latest.IsPending);
        paints[1].SetResult();
        await second;

        Assert.Equal(["work 1", "drawn 1", "work 2", "drawn 2", "after 2"], log);
        Assert.False(latest.IsPending);
    }
}

/// <summary>The figures scale to the page's column instead of being cut off.</summary>
public sealed class FigureSvgTests
{
    [Fact]
    public void A_figure_carries_a_view_box_of_its_drawing_size_inline_and_as_a_file()
    {
        OxyPlot.PlotModel model = IonSim.Plotting.SweepPlots.Create([new IonSim.Plotting.SweepCurve("points", [1, 2, 3], [0.1, 0.4, 0.3])], "x", "y");

        string inline = FigureSvg.Render(model, 900, 420);
        string file = FigureSvg.Render(model, 900, 420, document: true);

        Assert.Contains("viewBox=\"0 0 900 420\"", inline);
        Assert.StartsWith("<?xml", file);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(file, "viewBox="));
        System.Xml.Linq.XDocument.Parse(file);
    }
}
