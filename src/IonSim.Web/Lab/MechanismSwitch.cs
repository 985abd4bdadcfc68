using IonSim.Physiology;

namespace IonSim.Web.Lab;

/// <summary>One of the library's Mg²⁺ mechanisms as the lab shows it: a switch with a label and a short address key.</summary>
internal sealed record MechanismSwitch(MagnesiumMechanisms Flag, string Key, string Label)
{
    public static IReadOnlyList<MechanismSwitch> All { get; } =
    [
        new(MagnesiumMechanisms.ParvalbuminCompetition, "pv", "Buffer: parvalbumin"),
        new(MagnesiumMechanisms.AtpCompetition, "atp", "Buffer: ATP"),
        new(MagnesiumMechanisms.TroponinCaMgSiteCompetition, "tnc34", "Buffer: troponin C sites III/IV"),
        new(MagnesiumMechanisms.RegulatorySiteCompetition, "tnreg", "Troponin regulatory sites"),
        new(MagnesiumMechanisms.RyrInhibition, "ryr", "RyR1 release inhibition"),
        new(MagnesiumMechanisms.SercaDependence, "serca", "SERCA uptake"),
    ];

    /// <summary>The address form: the keys of the switches that are on, or "none".</summary>
    public static string Format(MagnesiumMechanisms on) =>
        on == MagnesiumMechanisms.None ? "none" : string.Join(',', All.Where(m => (on & m.Flag) != 0).Select(m => m.Key));

    /// <summary>Reads the address form; null (all on) when it is missing or names an unknown switch.</summary>
    public static MagnesiumMechanisms Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return MagnesiumMechanisms.All;
        }

        if (text == "none")
        {
            return MagnesiumMechanisms.None;
        }

        var on = MagnesiumMechanisms.None;
        foreach (string key in text.Split(','))
        {
            MechanismSwitch? m = All.FirstOrDefault(s => s.Key == key);
            if (m is null)
            {
                return MagnesiumMechanisms.All;
            }

            on |= m.Flag;
        }

        return on;
    }
}
