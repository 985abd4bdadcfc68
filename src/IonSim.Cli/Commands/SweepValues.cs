using IonSim.Cli.Backend;
using IonSim.Cli.Infrastructure;
using IonSim.Cli.Options;

namespace IonSim.Cli.Commands;

/// <summary>Parses the swept values: an explicit <c>--values</c> list or <c>--from/--to/--steps</c>.</summary>
internal static class SweepValues
{
    public static IReadOnlyList<double>? Parse(SweepKind kind, SweepSettings s)
    {
        (Func<double, bool> ok, string allowed) = kind switch
        {
            SweepKind.Magnesium => ((Func<double, bool>)(v => v >= 0), "free Mg²⁺ values must be finite numbers of mM, at least 0"),
            SweepKind.Frequency => (v => v > 0 && v <= 1000, "frequencies must be numbers of Hz greater than 0 and at most 1000"),
            _ => (v => v >= 1 && v <= 12, "pCa values must be numbers from 1 to 12"),
        };

        bool range = s.From is not null || s.To is not null || s.Steps is not null;
        if (s.Values is not null)
        {
            if (range)
            {
                throw new UsageException($"--values '{s.Values}' cannot be combined with --from/--to/--steps: give a list or a range");
            }

            IReadOnlyList<double> values = OptionParser.NumberList("--values", s.Values, ok, allowed);
            if (values.Count > 200)
            {
                throw new UsageException("--values", s.Values, "at most 200 values");
            }

            return values;
        }

        if (!range)
        {
            return null;
        }

        if (s.From is null || s.To is null || s.Steps is null)
        {
            throw new UsageException("--from, --to and --steps go together: give all three (for example --from 0.1 --to 2 --steps 10)");
        }

        double from = OptionParser.Number("--from", s.From, ok, allowed);
        double to = OptionParser.Number("--to", s.To, ok, allowed);
        int steps = OptionParser.Integer("--steps", s.Steps, 2, 200, "the number of values");
        return [.. Enumerable.Range(0, steps).Select(i => from + ((to - from) * i / (steps - 1)))];
    }
}
