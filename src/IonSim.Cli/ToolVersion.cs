using System.Reflection;

namespace IonSim.Cli;

/// <summary>The tool's version as <c>--version</c> prints it.</summary>
internal static class ToolVersion
{
    public static string Informational { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
