using IonSim.Cli.Infrastructure;
using IonSim.Plotting;

namespace IonSim.Cli.Commands;

/// <summary>Parses <c>--panels tension,calcium,occupancy,phases</c>.</summary>
internal static class PanelList
{
    private static readonly Dictionary<string, PlotPanel> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tension"] = PlotPanel.Tension,
        ["calcium"] = PlotPanel.Calcium,
        ["occupancy"] = PlotPanel.Occupancy,
        ["phases"] = PlotPanel.Phases,
    };

    public static IReadOnlyList<PlotPanel> Parse(string? text)
    {
        if (text is null)
        {
            return [PlotPanel.Tension];
        }

        const string allowed = "expected a comma-separated list of tension, calcium, occupancy, phases, each at most once";
        string[] parts = text.Split(',', StringSplitOptions.TrimEntries);
        var panels = new List<PlotPanel>();
        foreach (string part in parts)
        {
            if (!Names.TryGetValue(part, out PlotPanel panel) || panels.Contains(panel))
            {
                throw new UsageException("--panels", text, allowed);
            }

            panels.Add(panel);
        }

        return panels;
    }
}
