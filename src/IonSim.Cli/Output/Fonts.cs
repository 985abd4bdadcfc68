using IonSim.Cli.Infrastructure;
using SkiaSharp;

namespace IonSim.Cli.Output;

/// <summary>Finds the font family the PNG and PDF renderers will draw with, before any work is done.</summary>
/// <remarks>Without any font file SkiaSharp's text shaper fails deep inside the export with a null
/// argument; checking first turns that into a message that says what to install.</remarks>
internal static class Fonts
{
    public const string Default = "DejaVu Sans";

    /// <summary>True when SkiaSharp finds at least one font family.</summary>
    public static bool AnyInstalled => SKFontManager.Default.GetFontFamilies().Length > 0;

    /// <summary>The family to draw with: the requested one, or for the default request any installed
    /// family that has the superscript glyphs of "Ca²⁺".</summary>
    public static string Resolve(string requested, bool explicitlyRequested)
    {
        string[] families = SKFontManager.Default.GetFontFamilies();
        if (families.Length == 0)
        {
            throw new SimulationFailedException(
                "no fonts are installed, so text cannot be drawn; install a TrueType font such as DejaVu Sans (Debian/Ubuntu: apt-get install fonts-dejavu-core), or write .svg instead");
        }

        string? exact = families.FirstOrDefault(f => string.Equals(f, requested, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        if (explicitlyRequested)
        {
            throw new UsageException("--font", requested, $"that family is not installed; installed families: {string.Join(", ", families.Order(StringComparer.Ordinal))}");
        }

        // '⁺' (U+207A) is the rarest glyph IonSim's labels use; a family that has it has the rest.
        using SKTypeface? fallback = SKFontManager.Default.MatchCharacter('\u207A');
        return fallback?.FamilyName ?? families.Order(StringComparer.Ordinal).First();
    }
}
