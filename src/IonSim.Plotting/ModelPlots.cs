using IonSim.CellML.Simulation;
using OxyPlot;
using OxyPlot.Axes;

namespace IonSim.Plotting;

/// <summary>Plots of a CellML model's recorded variables: one stacked panel per variable on a shared time axis.</summary>
public static class ModelPlots
{
    /// <summary>The most variables one figure stacks; beyond it panels become too thin to read.</summary>
    public const int MaxPanels = 12;

    private const double PanelGap = 0.03;

    /// <summary>Builds one panel per recorded variable, top to bottom in recording order.</summary>
    /// <param name="trace">The run to draw.</param>
    /// <param name="title">The figure's title, or null for the model's name.</param>
    /// <param name="style">Fonts and colours, or null for <see cref="PlotStyle.Default"/>.</param>
    /// <returns>A new plot model.</returns>
    /// <exception cref="ArgumentException">The trace records more than <see cref="MaxPanels"/> variables, or a value is not finite (the message names the variable and time).</exception>
    public static PlotModel Stacked(ModelTrace trace, string? title = null, PlotStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(trace);
        if (trace.Variables.Count > MaxPanels)
        {
            throw new ArgumentException($"a figure stacks at most {MaxPanels} variables, but {trace.Variables.Count} were recorded.", nameof(trace));
        }

        CurveChecks.IncreasingTime(trace.Times, "time");
        style ??= PlotStyle.Default;
        var model = Figure.Create(title ?? trace.Model.Name, style);
        var time = trace.Model.VariableOfIntegration;
        model.Axes.Add(new LinearAxis
        {
            Key = TwitchPlots.TimeAxisKey,
            Position = AxisPosition.Bottom,
            Title = $"{time.Name} ({time.Units})",
            Minimum = trace.Times[0],
            Maximum = trace.Times[^1],
            MajorGridlineStyle = LineStyle.Dot,
        });

        int rows = trace.Variables.Count;
        double height = (1.0 - (PanelGap * (rows - 1))) / rows;
        for (int i = 0; i < rows; i++)
        {
            var variable = trace.Variables[i];
            var values = trace.Values(i);
            CurveChecks.Column(values, trace.Times.Count, variable.QualifiedName);
            double end = 1.0 - (i * (height + PanelGap));
            var slot = new PanelSlot($"panel{i}", end - height, end);
            var axis = Figure.PanelAxis(slot, $"{variable.QualifiedName} ({variable.Units})");
            axis.MaximumPadding = 0.08;
            axis.MinimumPadding = 0.08;
            model.Axes.Add(axis);
            model.Series.Add(Figure.Line(slot, null, style.ScenarioColor(i), style.LineThickness, trace.Times, values));
        }

        return model;
    }
}
