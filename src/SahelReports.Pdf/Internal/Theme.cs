using SkiaSharp;

namespace SahelReports.Pdf.Internal;

/// <summary>Colours and type sizes of the report design: a restrained palette that stays legible in greyscale print.</summary>
internal static class Theme
{
    public static readonly SKColor Ink = new(0x1A, 0x1A, 0x1A);
    public static readonly SKColor Muted = new(0x5A, 0x64, 0x6E);
    public static readonly SKColor Accent = new(0x1F, 0x4E, 0x79);
    public static readonly SKColor AccentLight = new(0xE8, 0xEF, 0xF6);
    public static readonly SKColor Rule = new(0xC5, 0xCD, 0xD5);
    public static readonly SKColor Stripe = new(0xF4, 0xF6, 0xF8);
    public static readonly SKColor CautionFill = new(0xFB, 0xF1, 0xE1);
    public static readonly SKColor CautionBar = new(0x8A, 0x55, 0x00);
    public static readonly SKColor White = SKColors.White;

    /// <summary>
    /// Chart series colours: dark blue, mid orange-brown, light blue-grey, dark grey, sand and teal (six, for ACLED's six event
    /// types), neighbours distinct in lightness for greyscale print.
    /// </summary>
    public static readonly SKColor[] Series = [new(0x1F, 0x4E, 0x79), new(0xC0, 0x7A, 0x2C), new(0x8F, 0xB3, 0xD9), new(0x4D, 0x4D, 0x4D), new(0xD9, 0xC2, 0x9C), new(0x3E, 0x7C, 0x6B)];

    public const float Body = 9.5f;
    public const float Small = 7.5f;
    public const float Title = 20f;
    public const float Section = 14f;
    public const float Subheading = 11.5f;
    public const float FigureValue = 19f;
}
