namespace SahelReports.Reporting;

/// <summary>A run of text with one style, optionally a link.</summary>
/// <param name="Text">The text. Line breaks are not allowed inside a run: use separate paragraphs.</param>
/// <param name="Style">The emphasis.</param>
/// <param name="LinkUrl">An absolute http(s) URL the run links to, or <see langword="null"/>.</param>
public sealed record TextRun(string Text, TextStyle Style = TextStyle.None, string? LinkUrl = null);
