using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SahelReports.Pdf.Internal;
using SahelReports.Pdf.Maps.Internal;
using SahelReports.Reporting;
using SkiaSharp;

namespace SahelReports.Pdf.Maps;

/// <summary>
/// Renders a <see cref="MapBlock"/> to PNG or SVG: the same map the PDF report draws (country outlines, admin 1 capitals,
/// points, proportional symbols, legend with counts, scale bar, north arrow, sources and the United Nations boundaries
/// disclaimer), for developers who embed it elsewhere.
/// </summary>
/// <remarks>The output is deterministic: the same map and options give the same bytes. The renderer holds only its options
/// and is thread-safe.</remarks>
/// <example><code>
/// var renderer = new MapRenderer(new MapImageOptions { Language = ReportLanguage.French, Width = 800 });
/// File.WriteAllBytes("map.png", renderer.ToPng(map));
/// File.WriteAllText("map.svg", renderer.ToSvg(map));
/// </code></example>
public sealed partial class MapRenderer
{
    private const float Margin = 8f;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    public MapRenderer(MapImageOptions? options = null)
    {
        Options = options ?? new MapImageOptions();
    }

    /// <summary>Gets the options.</summary>
    public MapImageOptions Options { get; }

    /// <summary>Writes the map as a PNG image (white background, <see cref="MapImageOptions.Scale"/> pixels per point).</summary>
    /// <param name="map">The map.</param>
    /// <param name="stream">The writable stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    public void WritePng(MapBlock map, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(stream);
        using var fonts = new PdfFonts();
        using var text = new TextLayout(fonts);
        var painter = new MapPainter(map, text, Options.Language, Options.Width, Options.Width);
        float scale = Options.Scale;
        var info = new SKImageInfo((int)Math.Ceiling((Options.Width + (2 * Margin)) * scale), (int)Math.Ceiling((painter.Height + (2 * Margin)) * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using SKSurface surface = SKSurface.Create(info);
        SKCanvas canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        painter.Draw(canvas, Margin, Margin);
        canvas.Flush();
        using SKImage image = surface.Snapshot();
        using SKData png = image.Encode(SKEncodedImageFormat.Png, 100);
        png.SaveTo(stream);
    }

    /// <summary>Returns the map as PNG bytes.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The PNG file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is <see langword="null"/>.</exception>
    public byte[] ToPng(MapBlock map)
    {
        using var buffer = new MemoryStream();
        WritePng(map, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the map as an SVG document in points (text as text, outlines as paths).</summary>
    /// <param name="map">The map.</param>
    /// <param name="stream">The writable stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    public void WriteSvg(MapBlock map, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(stream);
        using var fonts = new PdfFonts();
        using var text = new TextLayout(fonts);
        var painter = new MapPainter(map, text, Options.Language, Options.Width, Options.Width);
        var bounds = new SKRect(0, 0, Options.Width + (2 * Margin), painter.Height + (2 * Margin));
        using var buffer = new MemoryStream();
        using (var skStream = new SKManagedWStream(buffer))
        {
            using (SKCanvas canvas = SKSvgCanvas.Create(bounds, skStream))
            {
                using var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill };
                canvas.DrawRect(bounds, white);
                painter.Draw(canvas, Margin, Margin);
            }

            skStream.Flush();
        }

        // Skia numbers clip paths with a process-wide counter; renumber them from 0 so the same map gives the same bytes.
        string svg = Encoding.UTF8.GetString(buffer.ToArray());
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        svg = ClipId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out string? id))
            {
                id = "cl_" + ids.Count.ToString(CultureInfo.InvariantCulture);
                ids[m.Value] = id;
            }

            return id;
        });
        stream.Write(Encoding.UTF8.GetBytes(svg));
    }

    /// <summary>Returns the map as an SVG document.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The SVG text (UTF-8 XML).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is <see langword="null"/>.</exception>
    public string ToSvg(MapBlock map)
    {
        using var buffer = new MemoryStream();
        WriteSvg(map, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClipId();
}
