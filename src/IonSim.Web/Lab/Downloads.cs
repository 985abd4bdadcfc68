using Microsoft.JSInterop;

namespace IonSim.Web.Lab;

/// <summary>Hands files to the browser's download (the lab has no server to save to).</summary>
internal static class Downloads
{
    public static ValueTask Text(IJSRuntime js, string fileName, string mimeType, string text) =>
        js.InvokeVoidAsync("ionsimLab.download", fileName, mimeType, text);

    public static ValueTask Png(IJSRuntime js, string fileName, string svgDocument, double width, double height) =>
        js.InvokeVoidAsync("ionsimLab.downloadPng", fileName, svgDocument, width, height);
}
