using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using IonSim.Physiology;

namespace IonSim.Experiments.Studies;

/// <summary>
/// A parameter study: a base fiber, the parameters that vary and how, a design that places the points, a seed, the protocols
/// run on every point and the outputs kept. Point i is a pure function of the study (<see cref="Point"/>), so any machine,
/// shard or thread count computes the same point i; <see cref="Hash"/> identifies the study in every part file.
/// </summary>
/// <remarks>Everything is checked on construction: unknown parameter names, ranges whose ends the parameter's own validation
/// refuses, repeated names, unknown outputs and designs too large throw <see cref="InvalidStudyException"/> before anything
/// runs. Load and save are in <see cref="FromJson"/> and <see cref="ToJson"/>.</remarks>
public sealed partial class Study
{
    /// <summary>The most parameters a Saltelli design may vary (its Sobol' sequence needs 2d of the shipped 201 dimensions).</summary>
    public const int MaxSaltelliParameters = (SobolSequence.MaxDimensions - 1) / 2;

    private readonly ParameterEditor editor;
    private readonly DesignSampler sampler;
    private readonly string[] parameterNames;
    private readonly (int Protocol, int Output)[] kept;

    /// <summary>Creates and checks a study.</summary>
    /// <param name="name">A short name for files and titles.</param>
    /// <param name="baseName">Where the base fiber came from ("preset low-magnesium", a file name), for people.</param>
    /// <param name="baseParameters">The base fiber; the varied parameters overwrite its values point by point.</param>
    /// <param name="parameters">The varied parameters, at least one, each named once.</param>
    /// <param name="design">The design.</param>
    /// <param name="seed">The seed of the design's randomness (Latin hypercube strata, the Sobol' shift).</param>
    /// <param name="protocols">The protocols, at least one, with distinct names.</param>
    /// <param name="outputs">The outputs to keep, as "protocol.output"; null or empty for all.</param>
    /// <exception cref="InvalidStudyException">Something named or ranged wrongly; the message says what.</exception>
    public Study(string name, string baseName, FiberParameters baseParameters, IReadOnlyList<StudyParameter> parameters, StudyDesign design, long seed, IReadOnlyList<StudyProtocol> protocols, IReadOnlyList<string>? outputs = null)
        : this(name, baseName, baseParameters, parameters, design, seed, protocols, outputs, CurrentVersion)
    {
    }

    private Study(string name, string baseName, FiberParameters baseParameters, IReadOnlyList<StudyParameter> parameters, StudyDesign design, long seed, IReadOnlyList<StudyProtocol> protocols, IReadOnlyList<string>? outputs, string version)
    {
        ArgumentNullException.ThrowIfNull(baseParameters);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(protocols);
        Name = string.IsNullOrWhiteSpace(name) ? throw new InvalidStudyException("name: a study needs a name") : name;
        BaseName = baseName ?? "";
        BaseParameters = baseParameters;
        Design = design;
        Seed = seed;
        IonSimVersion = version;
        editor = new ParameterEditor(baseParameters);

        if (parameters.Count == 0)
        {
            throw new InvalidStudyException("parameters: a study varies at least one parameter");
        }

        foreach (var group in parameters.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new InvalidStudyException($"parameters: '{group.Key}' is given {group.Count()} times; vary each parameter once");
        }

        for (int i = 0; i < parameters.Count; i++)
        {
            CheckParameter(i, parameters[i]);
        }

        Parameters = [.. parameters];
        parameterNames = [.. parameters.Select(p => p.Name)];

        if (design.Kind == StudyDesignKind.Saltelli && parameters.Count > MaxSaltelliParameters)
        {
            throw new InvalidStudyException($"design: a saltelli design varies at most {MaxSaltelliParameters} parameters, but {parameters.Count} are given");
        }

        double count = design.PointCount(parameters.Count);
        if (count > StudyDesign.MaxPoints)
        {
            throw new InvalidStudyException(FormattableString.Invariant($"design: {design.Describe()} over {parameters.Count} parameters gives {count:G4} points, more than the {StudyDesign.MaxPoints:N0} a study may have; use fewer levels, samples or parameters"));
        }

        if (protocols.Count == 0)
        {
            throw new InvalidStudyException("protocols: a study runs at least one protocol (twitch, train or rest)");
        }

        foreach (var group in protocols.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new InvalidStudyException($"protocols: the name '{group.Key}' is used {group.Count()} times; give each protocol its own \"name\"");
        }

        Protocols = [.. protocols];
        string[] all = [.. protocols.SelectMany(p => p.Outputs.Select(o => $"{p.Name}.{o}"))];
        string[] chosen = outputs is { Count: > 0 } ? [.. outputs] : all;
        foreach (string output in chosen)
        {
            if (!all.Contains(output, StringComparer.Ordinal))
            {
                throw new InvalidStudyException($"outputs: '{output}' is not an output of this study's protocols; choose from {string.Join(", ", all)}");
            }
        }

        foreach (var group in chosen.GroupBy(o => o, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new InvalidStudyException($"outputs: '{group.Key}' is listed twice");
        }

        Outputs = chosen;
        kept = [.. chosen.Select(o =>
        {
            int p = protocols.ToList().FindIndex(x => o.StartsWith(x.Name + ".", StringComparison.Ordinal));
            return (p, protocols[p].Outputs.ToList().IndexOf(o[(protocols[p].Name.Length + 1)..]));
        })];
        sampler = new DesignSampler(design, parameters.Count, seed);
        PointCount = sampler.Count;
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToJson(indented: false))))[..16];
    }

    /// <summary>Gets the study's name.</summary>
    public string Name { get; }

    /// <summary>Gets where the base fiber came from, for people.</summary>
    public string BaseName { get; }

    /// <summary>Gets the base fiber.</summary>
    public FiberParameters BaseParameters { get; }

    /// <summary>Gets the varied parameters.</summary>
    public IReadOnlyList<StudyParameter> Parameters { get; }

    /// <summary>Gets the design.</summary>
    public StudyDesign Design { get; }

    /// <summary>Gets the seed.</summary>
    public long Seed { get; }

    /// <summary>Gets the protocols run on every point.</summary>
    public IReadOnlyList<StudyProtocol> Protocols { get; }

    /// <summary>Gets the outputs kept per point, as "protocol.output".</summary>
    public IReadOnlyList<string> Outputs { get; }

    /// <summary>Gets the number of points.</summary>
    public long PointCount { get; }

    /// <summary>Gets the IonSim version the study is bound to: results of another version's model are not mixed with these.</summary>
    public string IonSimVersion { get; }

    /// <summary>Gets the study's identity: the first 16 hex digits of the SHA-256 of its canonical JSON (base parameters written
    /// out in full, IonSim version included). Every part file carries it; parts of different studies are never merged.</summary>
    public string Hash { get; }

    /// <summary>The running IonSim's version.</summary>
    public static string CurrentVersion { get; } =
        typeof(Study).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Point <paramref name="index"/>: the same on every machine, shard and thread count.</summary>
    /// <param name="index">0 to <see cref="PointCount"/> − 1.</param>
    /// <returns>The point.</returns>
    public StudyPoint Point(long index)
    {
        double[] u = sampler.Unit(index);
        (long sample, int matrix) = sampler.Role(index);
        return new StudyPoint(index, sample, matrix, [.. u.Select((x, j) => Parameters[j].Distribution.Quantile(x))]);
    }

    /// <summary>The fiber of point <paramref name="index"/>: the base with the point's values.</summary>
    /// <param name="index">The point.</param>
    /// <returns>Its parameters.</returns>
    /// <exception cref="ArgumentException">The combination is refused by the parameters' validation.</exception>
    public FiberParameters Fiber(long index) => editor.Apply(parameterNames, Point(index).Values.ToArray());

    /// <summary>Runs every protocol on point <paramref name="index"/>. Never throws for a failed simulation: the failure and its
    /// cause are in the result, with its outputs NaN.</summary>
    /// <param name="index">The point.</param>
    /// <param name="options">Simulation options for a protocol of a given duration (ms); null for a coarse trace (sweeps keep only metrics).</param>
    /// <returns>The kept outputs.</returns>
    public StudyPointResult Run(long index, Func<double, SimulationOptions>? options = null)
    {
        options ??= _ => new SimulationOptions { OutputIntervalMs = 1000 };
        var outputs = new double[Outputs.Count];
        Array.Fill(outputs, double.NaN);
        var failures = new List<string>();
        FiberParameters fiber;
        try
        {
            fiber = Fiber(index);
        }
        catch (ArgumentException e)
        {
            return new StudyPointResult(index, outputs, $"parameters: {ParameterEditor.WithoutParameterSuffix(e.Message)}");
        }

        for (int p = 0; p < Protocols.Count; p++)
        {
            if (!kept.Any(k => k.Protocol == p))
            {
                continue;
            }

            var all = new double[Protocols[p].Outputs.Count];
            try
            {
                Protocols[p].Run(fiber, options, all);
            }
            catch (Exception e) when (e is NoRestStateException or Integration.OdeSolverException or ArgumentException or InvalidOperationException or ArithmeticException or MathNet.Numerics.NonConvergenceException)
            {
                failures.Add($"{Protocols[p].Name}: {OneLine(ParameterEditor.WithoutParameterSuffix(e.Message))}");
                continue;
            }

            for (int o = 0; o < kept.Length; o++)
            {
                if (kept[o].Protocol == p)
                {
                    outputs[o] = all[kept[o].Output];
                }
            }
        }

        return new StudyPointResult(index, outputs, failures.Count == 0 ? null : string.Join("; ", failures));
    }

    private void CheckParameter(int i, StudyParameter parameter)
    {
        try
        {
            editor.CheckName(parameter.Name);
        }
        catch (ArgumentException e)
        {
            throw new InvalidStudyException($"parameters[{i}]: {e.Message}", e);
        }

        foreach ((string end, double value) in new[] { ("min", parameter.Distribution.Minimum), ("max", parameter.Distribution.Maximum) })
        {
            try
            {
                editor.Apply([parameter.Name], [value]);
            }
            catch (ArgumentException e)
            {
                throw new InvalidStudyException(FormattableString.Invariant($"parameters[{i}] ({parameter.Name}): its {end} {value} is outside the parameter's valid range: {ParameterEditor.WithoutParameterSuffix(e.Message)}"), e);
            }
        }
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
