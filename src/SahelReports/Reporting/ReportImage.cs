namespace SahelReports.Reporting;

/// <summary>An image (PNG or JPEG bytes) with its alternative text.</summary>
public sealed record ReportImage
{
    /// <summary>Creates an image from encoded bytes.</summary>
    /// <param name="data">PNG or JPEG bytes.</param>
    /// <param name="altText">A description for readers who cannot see the image.</param>
    /// <exception cref="ArgumentException"><paramref name="data"/> is neither PNG nor JPEG.</exception>
    public ReportImage(byte[] data, string altText)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(altText);
        MediaType = data.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ? "image/png"
            : data.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
            : throw new ArgumentException("The image must be PNG or JPEG (checked from its first bytes).", nameof(data));
        Data = data;
        AltText = altText;
    }

    /// <summary>Gets the encoded bytes.</summary>
    public IReadOnlyList<byte> Data { get; }

    /// <summary>Gets the media type: <c>image/png</c> or <c>image/jpeg</c>.</summary>
    public string MediaType { get; }

    /// <summary>Gets the alternative text.</summary>
    public string AltText { get; }

    /// <summary>Reads an image file.</summary>
    /// <param name="path">The PNG or JPEG file.</param>
    /// <param name="altText">A description of the image.</param>
    /// <returns>The image.</returns>
    public static ReportImage FromFile(string path, string altText) => new(File.ReadAllBytes(path), altText);
}
