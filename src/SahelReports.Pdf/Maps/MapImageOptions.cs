using SahelReports.Reporting;

namespace SahelReports.Pdf.Maps;

/// <summary>Options for <see cref="MapRenderer"/>: the size of the image and the language of its fixed texts.</summary>
public sealed record MapImageOptions
{
    private readonly float _width = 720f;
    private readonly float _scale = 2f;

    /// <summary>Gets the language of the legend's fixed texts, the number formats and the boundaries disclaimer. Default English.</summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.English;

    /// <summary>Gets the width of the map in points (1/72 inch), 200 to 4000. Default 720. The height follows from the map's
    /// extent (equal scale in x and y), plus the legend, sources and disclaimer lines under it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 200–4000.</exception>
    public float Width
    {
        get => _width;
        init => _width = value is >= 200 and <= 4000 ? value : throw new ArgumentOutOfRangeException(nameof(Width), value, "The map width must be 200 to 4000 points.");
    }

    /// <summary>Gets the pixels per point of PNG output, 0.5 to 8. Default 2 (144 dpi). SVG output is in points and ignores it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0.5–8.</exception>
    public float Scale
    {
        get => _scale;
        init => _scale = value is >= 0.5f and <= 8f ? value : throw new ArgumentOutOfRangeException(nameof(Scale), value, "The PNG scale must be 0.5 to 8 pixels per point.");
    }
}
