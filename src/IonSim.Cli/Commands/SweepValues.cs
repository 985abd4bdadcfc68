using IonSim.Cli.Infrastructure;
using IonSim.Cli.Options;
using IonSim.Experiments;

namespace IonSim.Cli.Commands;

/// <summary>Parses the swept values: an explicit <c>--values</c> list or <c>--from/--to/--steps</c>.</summary>
internal static class SweepValues
{
    /// <summary>The most values one sweep runs.</summary>
    public const int MaximumCount = 200;

    /// <summary>The values to sweep, or null when none are given (the command's default range).</summary>
    /// <param name="s">The sweep's options.</param>
    /// <param name="ok">Whether one value is allowed for this kind of sweep.</param>
    /// <param name="allowed">What is allowed, for the message.</param>
    /// <param name="minimumCount">The fewest values this kind of sweep needs.</param>
    public static IReadOnlyList<double>? Parse(SweepSettings s, Func<double, bool> ok, string allowed, int minimumCount)
    {
        bool range = s.From is not null || s.To is not null || s.Steps is not null;
        if (s.Values is not null)
        {
            if (range)
            {
                throw new UsageException($"--values '{s.Values}' cannot be combined with --from/--to/--steps: give a list or a range");
            }

            IReadOnlyList<double> values = OptionParser.NumberList("--values", s.Values, ok, allowed);
            if (values.Count > MaximumCount || values.Count < minimumCount)
            {
                throw new UsageException("--values", s.Values, FormattableString.Invariant($"give {minimumCount} to {MaximumCount} values"));
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
        int steps = OptionParser.Integer("--steps", s.Steps, Math.Max(2, minimumCount), MaximumCount, "the number of values");
        if (!(to != from))
        {
            throw new UsageException("--to", s.To, "it equals --from; a range needs two different ends");
        }

        // The library sweeps ascending values; "--from 7 --to 4" is the same range, so accept it in either order.
        (double low, double high) = from < to ? (from, to) : (to, from);
        return SweepRange.Linear(low, high, steps);
    }
}
