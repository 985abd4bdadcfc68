namespace IonSim.Experiments.Studies;

/// <summary>One parameter a study varies: its name as the parameter file spells it, and how it is spread.</summary>
/// <param name="Name">The field's path in the parameter file (<c>ionsim params</c>), with a dot between a group and its field:
/// <c>FreeMagnesiumMillimolar</c>, <c>Serca.MaxRateMicromolarPerMs</c>, <c>Release.CalciumInducedPermeabilityPerMs</c>.</param>
/// <param name="Distribution">The values it takes.</param>
public sealed record StudyParameter(string Name, ParameterDistribution Distribution)
{
    /// <summary>Gets the field's path in the parameter file.</summary>
    public string Name { get; } = string.IsNullOrWhiteSpace(Name) ? throw new ArgumentException("A varied parameter needs a name.", nameof(Name)) : Name;

    /// <summary>Gets the distribution of its values.</summary>
    public ParameterDistribution Distribution { get; } = Distribution ?? throw new ArgumentNullException(nameof(Distribution));
}
