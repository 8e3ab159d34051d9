namespace SahelReports.Hxl;

/// <summary>A tagged column of an HXL table.</summary>
/// <param name="Index">The 0-based position of the column in the source rows.</param>
/// <param name="Header">The text header above the hashtag (the row just before the tag row), or <see langword="null"/>.</param>
/// <param name="Hashtag">The hashtag.</param>
public sealed record HxlColumn(int Index, string? Header, HxlHashtag Hashtag);
