namespace IonSim.Web.Lab;

/// <summary>One CSV download a lab offers: its button label, file name stem and content.</summary>
public sealed record CsvExport(string Label, string FileStem, Func<string> Text);
