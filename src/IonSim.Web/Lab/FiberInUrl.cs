using System.Text;
using IonSim.Physiology;

namespace IonSim.Web.Lab;

/// <summary>
/// Carries a loaded parameter file in the page address, as base64url of the library's own JSON, so a link
/// to a lab running custom parameters restores them. The library validates the text on the way back in.
/// </summary>
internal static class FiberInUrl
{
    /// <summary>The address form of a fiber, or null when it is the normal preset (the lab's default).</summary>
    public static string? Encode(FiberParameters fiber) =>
        fiber == FiberPresets.Normal ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(fiber.ToJson())).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The fiber in an address value, or the normal preset when there is none or it does not load.</summary>
    public static FiberParameters Decode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return FiberPresets.Normal;
        }

        try
        {
            string b64 = text.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + ((4 - (b64.Length % 4)) % 4), '=');
            return FiberParameters.FromJson(Encoding.UTF8.GetString(Convert.FromBase64String(b64)));
        }
        catch (Exception e) when (e is FormatException or ArgumentException or System.Text.Json.JsonException or System.Reflection.TargetInvocationException)
        {
            return FiberPresets.Normal;
        }
    }
}
