using System.Globalization;
using IonSim.CellML;
using IonSim.CellML.Simulation;
using IonSim.Cli.Infrastructure;
using IonSim.Cli.Options;

namespace IonSim.Cli.Commands;

/// <summary>Turns <c>--model</c>, <c>--var</c>, <c>--set</c>, <c>--duration</c> and <c>--dt</c> into a checked <see cref="ModelPlan"/>.</summary>
internal static class ModelOptions
{
    /// <summary>Refuses the model options without <c>--model</c>, and the fibre's options with it.</summary>
    /// <param name="s">The options.</param>
    /// <param name="fiberOnly">Further options of the command that only the built-in fibre understands (name, whether given).</param>
    /// <returns>Whether a model file was given.</returns>
    public static bool Check(ScenarioSettings s, params (string Option, bool Given)[] fiberOnly)
    {
        if (s.Model is null)
        {
            string? stray = s.Var.Length > 0 ? "--var" : s.Set.Length > 0 ? "--set" : null;
            if (stray is not null)
            {
                throw new UsageException($"{stray} applies to a model file only; give the model with --model FILE.cellml");
            }

            return false;
        }

        (string Option, bool Given)[] options =
        [
            ("--mg", s.Mg.Length > 0), ("--preset", s.Preset is not null), ("--params", s.Params is not null),
            ("--protocol", s.Protocol is not null), ("--frequency", s.Frequency is not null), ("--pulses", s.Pulses is not null),
            .. fiberOnly,
        ];
        foreach (var (option, given) in options)
        {
            if (given)
            {
                throw new UsageException($"{option} applies to the built-in fibre only and cannot be used with --model; a model file brings its own parameters and stimulus (change them with --set)");
            }
        }

        return true;
    }

    public static ModelPlan Parse(ScenarioSettings s, CliEnvironment environment)
    {
        var model = Load(s.Model!, environment);
        model = Apply(model, s.Set);
        var variables = s.Var.Length == 0
            ? model.States
            : s.Var.Select(name => LibraryErrors.Option("--var", name, () => model.Find(name))).ToArray();

        double perMs = model.MillisecondsPerTimeUnit ?? 1;
        string units = model.MillisecondsPerTimeUnit is null ? $"{model.VariableOfIntegration.Units} (the model's time is not in units of time)" : "ms";
        if (s.Duration is null)
        {
            throw new UsageException($"--duration is required with --model: give the simulated time in {units}");
        }

        double duration = OptionParser.Number("--duration", s.Duration, v => v > 0 && v <= ScenarioOptions.MaxDurationMs,
            $"the simulated time must be a number of {units} greater than 0 and at most {ScenarioOptions.MaxDurationMs:0}");
        double dt = OptionParser.OptionalNumber("--dt", s.Dt, v => v >= 0.001 && v <= 1000,
            $"the output interval must be a number of {units} from 0.001 to 1000") ?? ScenarioOptions.DefaultDtMs;
        if (duration / dt > ModelSimulation.MaxSamples)
        {
            throw new UsageException("--dt", s.Dt ?? Number(dt),
                $"{s.Duration} {units} at this interval gives {duration / dt:0} samples, more than {ModelSimulation.MaxSamples}; use a larger --dt");
        }

        return new ModelPlan(model, variables, duration / perMs, dt / perMs);
    }

    /// <summary>Reads a model file; anything wrong with it is a usage error (exit 2) carrying the reader's file:line message.</summary>
    public static CellMLModel Load(string text, CliEnvironment environment, string option = "--model")
    {
        string path = InputFile.Existing(option, text, environment, "a CellML file");
        try
        {
            return CellMLReader.Load(path);
        }
        catch (CellMLException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static CellMLModel Apply(CellMLModel model, IReadOnlyList<string> settings)
    {
        foreach (string setting in settings)
        {
            int equals = setting.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UsageException("--set", setting, "expected component.variable=value, for example --set membrane.Cm=1.2");
            }

            string name = setting[..equals].Trim();
            string valueText = setting[(equals + 1)..].Trim();
            if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            {
                throw new UsageException("--set", setting, $"'{valueText}' is not a finite number; expected component.variable=value");
            }

            model = LibraryErrors.Option("--set", setting, () => model.With([new(name, value)]));
        }

        return model;
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
