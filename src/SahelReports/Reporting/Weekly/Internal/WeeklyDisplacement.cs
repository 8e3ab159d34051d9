using NodaTime;
using SahelReports.Displacement;

namespace SahelReports.Reporting.Internal;

/// <summary>The displacement part of a weekly report: the latest internally displaced people (IDP) stock per country and source,
/// with its date, the previous figure and a stale flag. Figures are never added across sources, rounds or dates: that is
/// <see cref="DisplacementSet"/>'s rule, and this class only reads its stocks.</summary>
internal sealed class WeeklyDisplacement
{
    private WeeklyDisplacement(IReadOnlyList<(string Country, IReadOnlyList<DisplacementStock> Stocks)> stocks, IReadOnlyList<DisplacementStock> admin1, IReadOnlyList<string> countries)
    {
        Stocks = stocks;
        Admin1 = admin1;
        Countries = countries;
    }

    /// <summary>Gets the preferred latest IDP stock of each admin 1 area that has figures (by P-code), for the map.</summary>
    public IReadOnlyList<DisplacementStock> Admin1 { get; }

    /// <summary>Gets the covered countries (alphabetical by alpha-3).</summary>
    public IReadOnlyList<string> Countries { get; }

    /// <summary>Gets the IDP stocks per covered country (alphabetical by alpha-3), each list ordered newest first by the set.</summary>
    public IReadOnlyList<(string Country, IReadOnlyList<DisplacementStock> Stocks)> Stocks { get; }

    public static WeeklyDisplacement From(DisplacementSet? set, IEnumerable<string> countries, LocalDate asOf, int staleDays)
    {
        string[] covered = countries.Order(StringComparer.Ordinal).ToArray();
        if (set is null)
        {
            return new WeeklyDisplacement([], [], covered);
        }

        Period stale = Period.FromDays(staleDays);
        var admin1 = covered
            .SelectMany(c => set.GetAreas(DisplacementArea.ForCountry(c), 1, PopulationGroup.Idp))
            .Where(a => a.Code is not null)
            .Select(a => set.GetLatestStock(a, PopulationGroup.Idp, asOf, stale))
            .OfType<DisplacementStock>()
            .ToArray();
        return new WeeklyDisplacement(
            covered
                .Select(c => (c, set.GetStocks(DisplacementArea.ForCountry(c), PopulationGroup.Idp, asOf, stale)))
                .Where(x => x.Item2.Count > 0)
                .ToArray(),
            admin1,
            covered);
    }

    /// <summary>The map of the latest IDP stock per admin 1 area (proportional symbols dated in the legend), or
    /// <see langword="null"/> when no figure has admin 1 detail. Each area shows its own preferred stock; nothing is added.</summary>
    public MapBlock? Map(WeeklyText text, LocalDate asOf, int staleDays)
    {
        if (Admin1.Count == 0)
        {
            return null;
        }

        MapAreaValue[] values = Admin1
            .Select(s => new MapAreaValue(s.Area.Code!.Value, text.AreaName(s.Area.Code, s.Area.Name), s.Individuals, s.Date))
            .ToArray();
        string sources = string.Join(", ", Admin1.Select(ShortSourceLabel).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        int stale = Admin1.Count(s => s.IsStale);
        string note = text.Format("DispMap.Note", text.Date(asOf), sources)
            + (stale > 0 ? " " + text.Format("DispMap.Stale", text.Int(stale), text.Int(staleDays)) : string.Empty);
        return new MapBlock(text.Get("DispMap.Title"), Countries, [], values, text.Get("DispMap.ValueLabel"), note) { SourceLine = sources };
    }

    /// <summary>The full source label for tables and the sources list: organisation, operation and assessment type.</summary>
    public static string SourceLabel(DisplacementStock stock) =>
        stock.AssessmentType.IsNone ? stock.Source.ToString() : stock.Source + " " + stock.AssessmentType.Code;

    /// <summary>The short source label for cards and sentences: the organisation, and the assessment type when there is one.</summary>
    public static string ShortSourceLabel(DisplacementStock stock) =>
        stock.AssessmentType.IsNone ? stock.Source.Label : stock.Source.Label + " " + stock.AssessmentType.Code;

    /// <summary>One card per country: the newest stock of any source. The change is written in the note with the previous
    /// figure's date, because a stock's previous value is the previous round, not the previous week.</summary>
    public IEnumerable<KeyFigure> KeyFigures(WeeklyText text, int staleDays)
    {
        foreach ((string country, IReadOnlyList<DisplacementStock> stocks) in Stocks)
        {
            DisplacementStock s = stocks[0];
            var notes = new List<string>();
            if (s.Change is { } change && s.PreviousDate is { } previous)
            {
                notes.Add(text.Format("KF.IdpChange", text.Change(change), text.Date(previous)));
            }

            if (s.IsStale)
            {
                notes.Add(text.Format("KF.StaleNote", text.Int(staleDays)));
            }

            yield return new KeyFigure(
                text.Format("KF.Idps", text.CountryName(country)),
                s.Individuals,
                null,
                text.Get("Unit.People"),
                ShortSourceLabel(s),
                s.Date,
                notes.Count == 0 ? null : string.Join("; ", notes));
        }
    }

    /// <summary>One source line per source used, dated with its newest figure.</summary>
    public IEnumerable<SourceReference> Sources(WeeklyText text) =>
        Stocks.SelectMany(x => x.Stocks.Select(s => (x.Country, Stock: s)))
            .GroupBy(x => SourceLabel(x.Stock), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SourceReference(g.Key, text.Format("Src.Displacement", text.Join(g.Select(x => text.CountryName(x.Country)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))), null, g.Max(x => x.Stock.Date)));

    /// <summary>One sentence: the largest change since the previous figure among current stocks, else the first stale figure.</summary>
    public string? Highlight(WeeklyText text, int staleDays)
    {
        var latest = Stocks.Select(x => (x.Country, Stock: x.Stocks[0])).ToArray();
        var changed = latest.Where(x => !x.Stock.IsStale && x.Stock.Change is { } ch && ch != 0 && x.Stock.PreviousDate is not null)
            .OrderByDescending(x => Math.Abs(x.Stock.Change!.Value)).ThenBy(x => x.Country, StringComparer.Ordinal).FirstOrDefault();
        if (changed.Stock is { } s)
        {
            return text.Format("H.Displacement", text.CountryName(changed.Country), text.Int(s.Individuals), text.Date(s.Date), ShortSourceLabel(s), text.Change(s.Change!.Value), text.Date(s.PreviousDate!.Value));
        }

        var stale = latest.FirstOrDefault(x => x.Stock.IsStale);
        return stale.Stock is { } t
            ? text.Format("H.DisplacementStale", text.CountryName(stale.Country), text.Int(t.Individuals), ShortSourceLabel(t), text.Date(t.Date), text.Int(staleDays))
            : null;
    }

    public IEnumerable<ReportBlock> Blocks(WeeklyText text, LocalDate asOf, int staleDays)
    {
        if (Stocks.Count == 0)
        {
            yield return new ParagraphBlock(text.Get("Disp.None"));
            yield break;
        }

        yield return new ParagraphBlock(text.Get("Disp.Intro"));
        var rows = Stocks.SelectMany(x => x.Stocks.Select(s => (IReadOnlyList<TableCell>)
        [
            text.CountryName(x.Country),
            SourceLabel(s) + (s.SummedAreas > 0 ? " (" + text.Format("Disp.SummedAreas", text.Int(s.SummedAreas)) + ")" : string.Empty),
            s.Individuals,
            TableCell.FromDate(s.Date),
            s.PreviousIndividuals is { } p ? TableCell.FromInteger(p) : TableCell.Empty,
            s.PreviousDate is { } pd ? TableCell.FromDate(pd) : TableCell.Empty,
            s.Change is { } c ? TableCell.FromChange(c) : TableCell.Empty,
            s.IsStale ? text.Format("Disp.Stale", text.Int(staleDays)) : text.Get("Disp.Current"),
        ])).ToArray();
        yield return new TableBlock(
            text.Get("Disp.Table"),
            [
                new TableColumn(text.Get("Col.Country"), HxlTag: "#country+name"),
                new TableColumn(text.Get("Col.Source"), HxlTag: "#meta+source"),
                new TableColumn(text.Get("Col.Idps"), ColumnKind.Integer, HxlTag: "#affected+idps+ind"),
                new TableColumn(text.Get("Col.FigureDate"), ColumnKind.Date, HxlTag: "#date+reported"),
                new TableColumn(text.Get("Col.Previous"), ColumnKind.Integer),
                new TableColumn(text.Get("Col.PreviousDate"), ColumnKind.Date),
                new TableColumn(text.Get("Col.Change"), ColumnKind.Change),
                new TableColumn(text.Get("Col.Status")),
            ],
            rows,
            note: Stocks.Any(x => x.Stocks.Any(s => !s.AssessmentType.IsNone)) ? text.Get("Disp.AssessmentNote") : null);
        if (Map(text, asOf, staleDays) is { } map)
        {
            yield return map;
        }
    }
}
