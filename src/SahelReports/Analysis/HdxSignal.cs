using NodaTime;

namespace SahelReports.Analysis;

/// <summary>The HDX Signals conflict rule evaluated on one date.</summary>
/// <param name="AsOf">The date evaluated (the last day of the 30-day window).</param>
/// <param name="Fatalities30Days">The fatalities reported in the 30 days ending on <paramref name="AsOf"/>.</param>
/// <param name="MaxPreviousYear">The highest 30-day sum on any of the 365 days before <paramref name="AsOf"/>, or <see langword="null"/>
/// when the data do not reach back that far.</param>
/// <param name="MaxPreviousThreeYears">The highest 30-day sum on any of the 1 095 days before <paramref name="AsOf"/>, or
/// <see langword="null"/> when the data do not reach back that far.</param>
/// <param name="Level">The signal level.</param>
public sealed record HdxSignal(LocalDate AsOf, long Fatalities30Days, long? MaxPreviousYear, long? MaxPreviousThreeYears, HdxSignalLevel Level);
