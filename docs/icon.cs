#:package SkiaSharp
#:package SkiaSharp.NativeAssets.Linux.NoDependencies

// Draws the packages' icon (docs/icon.png, 128 × 128): a normal twitch (white) and a low-Mg²⁺ twitch that relaxes late
// (orange), on the figures' blue. Run from the repository root:   dotnet run docs/icon.cs
using SkiaSharp;

const int Size = 128;
using var surface = SKSurface.Create(new SKImageInfo(Size, Size, SKColorType.Rgba8888, SKAlphaType.Premul));
SKCanvas canvas = surface.Canvas;
canvas.Clear(SKColors.Transparent);
using (var background = new SKPaint { Color = new SKColor(0x00, 0x72, 0xB2), IsAntialias = true })
{
    canvas.DrawRoundRect(new SKRect(0, 0, Size, Size), 22, 22, background);
}

// A twitch-like pulse: t² e^(−t/τ) rises fast and relaxes with time constant τ (shape only, not a simulation).
SKPath Twitch(double tau, double height)
{
    var path = new SKPath();
    double peak = 4 * tau * tau * Math.Exp(-2); // the maximum of t² e^(−t/τ), at t = 2τ
    for (int i = 0; i <= 100; i++)
    {
        double t = i / 100.0;
        double x = 14 + (t * 100);
        double y = 104 - (height * t * t * Math.Exp(-t / tau) / peak);
        if (i == 0)
        {
            path.MoveTo((float)x, (float)y);
        }
        else
        {
            path.LineTo((float)x, (float)y);
        }
    }

    return path;
}

using (var axis = new SKPaint { Color = new SKColor(255, 255, 255, 150), StrokeWidth = 4, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round })
{
    canvas.DrawLine(14, 106, 114, 106, axis);
}

using (var low = new SKPaint { Color = new SKColor(0xE6, 0x9F, 0x00), StrokeWidth = 8, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round })
using (SKPath slow = Twitch(0.22, 80))
{
    canvas.DrawPath(slow, low);
}

using (var normal = new SKPaint { Color = SKColors.White, StrokeWidth = 8, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round })
using (SKPath fast = Twitch(0.08, 52))
{
    canvas.DrawPath(fast, normal);
}

using SKImage image = surface.Snapshot();
using SKData png = image.Encode(SKEncodedImageFormat.Png, 100);
string path = Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "icon.png");
File.WriteAllBytes(path, png.ToArray());
Console.WriteLine($"wrote {path}");
