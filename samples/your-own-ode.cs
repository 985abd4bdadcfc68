#:project ../src/IonSim/IonSim.csproj
#:project SampleFigures/SampleFigures.csproj

// Your own ODE: IonSim's integrator knows nothing about muscles. Here it solves a predator–prey model,
// finds the moments the prey population crashes (events) and draws the solution between its steps
// (dense output). Any system you can write as y' = f(t, y) works the same way.
// Run from the repository root:   dotnet run samples/your-own-ode.cs
using IonSim.Integration;
using IonSim.Plotting;
using IonSim.Samples;

var model = new PredatorPrey(preyGrowth: 1.0, predation: 0.1, predatorGain: 0.02, predatorDeath: 0.5);
double[] start = [60, 5];    // prey, predators
const double Years = 30;
const double CrashLevel = 10;

// An event is a function that crosses zero at the moment you care about. Falling: only when the prey
// count drops through the level, not when it recovers. (terminal: true would stop the solve there.)
var preyCrash = new OdeEvent("prey below 10", (t, y) => y[0] - CrashLevel, EventDirection.Falling);
// The predator peak is where its derivative turns from positive to negative.
var predatorPeak = new OdeEvent("predator peak", (t, y) => model.PredatorRate(y), EventDirection.Falling);

// A loose tolerance, so that the figure shows how far apart the steps are; try 1e-8 and compare.
var options = new OdeOptions { RelativeTolerance = 1e-4, AbsoluteTolerance = 1e-6 };
OdeSolution solution = OdeSolver.Solve(
    model, t0: 0, y0: start, tEnd: Years, options,
    new OdeRequest { Events = [preyCrash, predatorPeak], DenseOutput = true });

Console.WriteLine($"""
    YOUR OWN ODE: PREDATORS AND PREY
    Prey grow on their own and are eaten; predators grow by eating and die off without food.
    Starting from {start[0]} prey and {start[1]} predators, the two populations chase each other in cycles.

    The integrator adapts its step to the solution: over {Years} years it took {solution.Statistics.AcceptedSteps} steps,
    rejected {solution.Statistics.RejectedSteps} and evaluated the model {solution.Statistics.RhsEvaluations} times.

    Events, located on the solution between steps:
    """);
foreach (var e in solution.Events)
{
    Console.WriteLine($"  year {e.Time,6:0.000}  {e.Name,-14}  prey {e.State[0],9:0.00000}  predators {e.State[1],6:0.00}");
}

// Predators stop growing exactly when prey = death rate / gain; the events should find that value.
double worst = solution.Events.Where(e => e.Name == predatorPeak.Name).Max(e => Math.Abs(e.State[0] - model.PreyAtPredatorPeak));
Console.WriteLine($"Predators peak where prey = death rate / gain = {model.PreyAtPredatorPeak}; the events miss it by at most {worst:0.0e+0}.");

// Dense output: the solution anywhere, not just where the steps happened to land.
var dense = solution.Dense!;
double[] y = new double[model.Dimension];
Console.WriteLine("\nDense output: the solution at round times, read between the solver's steps:");
foreach (double t in new[] { 2.5, 7.5, 12.5 })
{
    dense.Evaluate(t, y);
    Console.WriteLine($"  year {t,4}: prey {y[0],6:0.00}, predators {y[1],6:0.00}");
}

// This model keeps one quantity constant along every orbit; how little it drifts shows the accuracy.
double before = model.Invariant(start);
double after = model.Invariant(solution.FinalState);
Console.WriteLine($"""

    Check: the model conserves V = d·x − g·ln x + b·y − a·ln y along each cycle. After {Years} years it
    changed by {Math.Abs(after - before) / Math.Abs(before):0.0e+0} of its value, for a relative tolerance of {options.RelativeTolerance:0e+0} per step.
    A tighter tolerance takes more steps and drifts less.

    """);

// Dots: where the solver stepped (joined by straight lines). Dashed: dense output between the dots.
var stepTimes = solution.Times;
var grid = Enumerable.Range(0, 601).Select(i => i * Years / 600).ToArray();
double[] Dense(int component) => [.. grid.Select(t => dense.Evaluate(t, component))];
var figure = SweepPlots.Create(
    [
        new SweepCurve("prey, at the solver's steps", stepTimes, solution.Component(0)),
        new SweepCurve("prey, dense output", grid, Dense(0), IsFit: true),
        new SweepCurve("predators, at the solver's steps", stepTimes, solution.Component(1)),
        new SweepCurve("predators, dense output", grid, Dense(1), IsFit: true),
    ],
    "Time (years)", "Population", "Predator–prey cycles: solver steps and dense output");
Console.WriteLine($"Figure: {SampleFigures.Save(figure, "your-own-ode.png", width: 1100)}");

/// <summary>Lotka–Volterra: x' = a·x − b·x·y (prey), y' = d·x·y − g·y (predators).</summary>
sealed class PredatorPrey(double preyGrowth, double predation, double predatorGain, double predatorDeath) : IOdeSystem
{
    public int Dimension => 2;

    // The integrator calls this thousands of times: write into dydt, allocate nothing.
    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        dydt[0] = (preyGrowth * y[0]) - (predation * y[0] * y[1]);
        dydt[1] = PredatorRate(y);
    }

    public double PreyAtPredatorPeak => predatorDeath / predatorGain;

    public double PredatorRate(ReadOnlySpan<double> y) => (predatorGain * y[0] * y[1]) - (predatorDeath * y[1]);

    public double Invariant(ReadOnlySpan<double> y) =>
        (predatorGain * y[0]) - (predatorDeath * Math.Log(y[0])) + (predation * y[1]) - (preyGrowth * Math.Log(y[1]));
}
