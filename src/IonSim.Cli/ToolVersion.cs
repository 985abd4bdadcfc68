using System.Reflection;
using IonSim.Experiments;

namespace IonSim.Cli;

/// <summary>The versions <c>--version</c> prints and JSON output records.</summary>
internal static class ToolVersion
{
    /// <summary>The tool's own version.</summary>
    public static string Informational { get; } = Of(typeof(ToolVersion).Assembly);

    /// <summary>The IonSim library's version.</summary>
    public static string Library { get; } = Of(typeof(Experiment).Assembly);

    private static string Of(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
