namespace SahelReports.Reporting;

/// <summary>A point on a map: an incident or a place, with a weight (symbol size) and a category (colour).</summary>
/// <param name="Latitude">Latitude in decimal degrees.</param>
/// <param name="Longitude">Longitude in decimal degrees.</param>
/// <param name="Weight">The weight that sizes the symbol (for example fatalities); 0 draws the smallest symbol.</param>
/// <param name="Category">The category that colours the symbol (for example the event type).</param>
/// <param name="Label">A label, or <see langword="null"/>.</param>
public sealed record MapPoint(double Latitude, double Longitude, double Weight, string Category, string? Label = null);
