using System.Globalization;
using System.Text;
using NodaTime;
using SahelReports.Geography;
using SahelReports.Synthetic.Internal;

namespace SahelReports.Synthetic;

/// <summary>
/// Generates SYNTHETIC, realistic ACLED exports (current 31-column layout, or monadic; <c>,</c> or <c>;</c>) with a fixed seed:
/// the same options give the same bytes on every run and machine.
/// </summary>
/// <remarks>
/// <para>Places come from <see cref="Gazetteer.Default"/> (admin1/admin2 names with accents, sometimes in an ASCII or alias
/// spelling) and a hand-written list of towns; coordinates lie near the town or the admin1 capital. Actors, event types,
/// fatalities (many zeros), civilian targeting, precision codes, sources and notes (with commas and double quotes) follow
/// plausible Central Sahel frequencies. Two admin1 areas (Tillabéri in Niger, Est in Burkina Faso) get a rising share of
/// events over the period. Rows are produced lazily, so a million rows never sit in memory.</para>
/// <para>None of the rows is a real ACLED row. Use it for tests, benchmarks and the bundled sample data only.</para>
/// </remarks>
/// <example><code>
/// var generator = new AcledGenerator(new AcledGeneratorOptions { Seed = 7 });
/// using var writer = new StreamWriter("acled.csv");
/// long rows = generator.Write(writer, 1_000_000);
/// </code></example>
public sealed class AcledGenerator
{
    private static readonly LocalDate s_unixEpoch = new(1970, 1, 1);

    private readonly AcledGeneratorOptions _options;
    private readonly AreaPicker _areas;

    /// <summary>Creates a generator.</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <param name="gazetteer">The gazetteer to take places from; <see langword="null"/> for <see cref="Gazetteer.Default"/>.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public AcledGenerator(AcledGeneratorOptions? options = null, Gazetteer? gazetteer = null)
    {
        _options = options ?? new AcledGeneratorOptions();
        _options.Validate();
        _areas = new AreaPicker(gazetteer ?? Gazetteer.Default);
    }

    /// <summary>Gets the options.</summary>
    public AcledGeneratorOptions Options => _options;

    /// <summary>Gets the column names of a layout, in file order.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns>31 names for <see cref="SyntheticAcledLayout.Current"/>, 28 for <see cref="SyntheticAcledLayout.Monadic"/>.</returns>
    public static IReadOnlyList<string> GetColumns(SyntheticAcledLayout layout) =>
        layout == SyntheticAcledLayout.Monadic ? AcledCsvFormat.MonadicColumns : AcledCsvFormat.CurrentColumns;

    /// <summary>Gets the seed-story events of 2–3 November 2024 (DESIGN.md §1), exactly as the generator writes them.</summary>
    /// <returns>Boni–Douentza mortar fire (0 fatalities), Tougoumé clash in Bandiagara (14), Kari VDP (8), Tillabéri post (1).</returns>
    public static IReadOnlyList<SyntheticAcledEvent> SeedStoryEvents() => SeedStory.Events;

    /// <summary>
    /// Generates exactly <paramref name="count"/> records (events, plus edits when <see cref="AcledGeneratorOptions.RevisionRate"/>
    /// is above 0), spread evenly over the days from <see cref="AcledGeneratorOptions.Start"/> to <see cref="AcledGeneratorOptions.End"/>,
    /// in date order. The seed-story events take the place of generated ones on their days.
    /// </summary>
    /// <param name="count">The number of records, 0 or more.</param>
    /// <returns>A lazy sequence; enumerate it once per file.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public IEnumerable<SyntheticAcledEvent> Generate(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        int days = Period.DaysBetween(_options.Start, _options.End) + 1;
        return Core(DailyPlan(count, days), addStory: false);
    }

    /// <summary>
    /// Generates events week by week (7-day blocks from <see cref="AcledGeneratorOptions.Start"/>), with between
    /// <paramref name="minPerWeek"/> and <paramref name="maxPerWeek"/> generated events per week and a rising level over
    /// the period; the seed-story events are added on top in their week.
    /// </summary>
    /// <param name="minPerWeek">The minimum number of generated events in a week, 0 or more.</param>
    /// <param name="maxPerWeek">The maximum, at least <paramref name="minPerWeek"/>.</param>
    /// <returns>A lazy sequence in date order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative or <paramref name="maxPerWeek"/> is below <paramref name="minPerWeek"/>.</exception>
    public IEnumerable<SyntheticAcledEvent> GenerateWeekly(int minPerWeek, int maxPerWeek)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minPerWeek);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPerWeek, minPerWeek);
        return Core(WeeklyPlan(minPerWeek, maxPerWeek), addStory: true);
    }

    /// <summary>Writes the header and <paramref name="count"/> records from <see cref="Generate(long)"/>.</summary>
    /// <param name="writer">The destination; not closed.</param>
    /// <param name="count">The number of records.</param>
    /// <returns>The number of data rows written (more than <paramref name="count"/> in the monadic layout).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public long Write(TextWriter writer, long count)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return WriteAll(writer, Generate(count));
    }

    /// <summary>Writes the header and <paramref name="count"/> records as UTF-8 (no BOM) to a stream.</summary>
    /// <param name="destination">The destination stream; left open.</param>
    /// <param name="count">The number of records.</param>
    /// <returns>The number of data rows written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public long Write(Stream destination, long count)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var writer = new StreamWriter(destination, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        return Write(writer, count);
    }

    /// <summary>Writes the header and the events of <see cref="GenerateWeekly(int, int)"/>.</summary>
    /// <param name="writer">The destination; not closed.</param>
    /// <param name="minPerWeek">The minimum number of generated events in a week.</param>
    /// <param name="maxPerWeek">The maximum number of generated events in a week.</param>
    /// <returns>The number of data rows written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound is out of range.</exception>
    public long WriteWeekly(TextWriter writer, int minPerWeek, int maxPerWeek)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return WriteAll(writer, GenerateWeekly(minPerWeek, maxPerWeek));
    }

    /// <summary>Writes the header and the given events in this generator's layout.</summary>
    /// <param name="writer">The destination; not closed.</param>
    /// <param name="events">The events (for example <see cref="SeedStoryEvents"/>).</param>
    /// <returns>The number of data rows written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public long WriteAll(TextWriter writer, IEnumerable<SyntheticAcledEvent> events)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(events);
        var format = new AcledCsvFormat(_options.Layout, _options.Delimiter, _options.NewLine, _options.NumericInterCodes);
        format.WriteHeader(writer);
        long rows = 0;
        foreach (SyntheticAcledEvent e in events)
        {
            rows += format.WriteEvent(writer, e);
        }

        writer.Flush();
        return rows;
    }

    private static IEnumerable<int> DailyPlan(long count, int days)
    {
        for (long d = 0; d < days; d++)
        {
            yield return checked((int)((d + 1) * count / days - d * count / days));
        }
    }

    private IEnumerable<int> WeeklyPlan(int min, int max)
    {
        // A separate stream of randomness for the plan, so that the plan does not shift the events.
        var rng = new Random(unchecked(_options.Seed * 31 + 7));
        int days = Period.DaysBetween(_options.Start, _options.End) + 1;
        int weeks = (days + 6) / 7;
        for (int w = 0; w < weeks; w++)
        {
            double t = weeks == 1 ? 1 : (double)w / (weeks - 1);
            double level = min + (max - min) * (0.2 + 0.45 * t);
            double noise = (rng.NextDouble() - 0.5) * 0.3 * (max - min);
            int total = (int)Math.Clamp(Math.Round(level + noise), min, max);
            int daysInWeek = Math.Min(7, days - w * 7);
            int[] perDay = new int[daysInWeek];
            for (int i = 0; i < total; i++)
            {
                perDay[rng.Next(daysInWeek)]++;
            }

            foreach (int n in perDay)
            {
                yield return n;
            }
        }
    }

    private IEnumerable<SyntheticAcledEvent> Core(IEnumerable<int> slotsPerDay, bool addStory)
    {
        var rng = new Random(_options.Seed);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var revisions = new PriorityQueue<SyntheticAcledEvent, long>();
        int totalDays = Period.DaysBetween(_options.Start, _options.End);
        long emitted = 0;
        int dayIndex = 0;
        foreach (int plannedSlots in slotsPerDay)
        {
            LocalDate day = _options.Start.PlusDays(dayIndex);
            double t = totalDays == 0 ? 1 : (double)dayIndex / totalDays;
            dayIndex++;
            var story = new Queue<SyntheticAcledEvent>(_options.IncludeSeedStory
                ? SeedStory.Events.Where(e => e.EventDate == day)
                : []);
            int slots = addStory ? plannedSlots + story.Count : plannedSlots;
            for (int s = 0; s < slots; s++)
            {
                SyntheticAcledEvent e;
                if (story.Count > 0)
                {
                    e = story.Dequeue();
                }
                else if (revisions.TryPeek(out _, out long dueAt) && dueAt <= emitted)
                {
                    e = revisions.Dequeue();
                }
                else
                {
                    e = NextEvent(rng, day, t, ids);
                    if (_options.RevisionRate > 0 && rng.NextDouble() < _options.RevisionRate)
                    {
                        revisions.Enqueue(Revise(rng, e), emitted + 1 + rng.Next(50));
                    }
                }

                emitted++;
                yield return e;
            }
        }
    }

    private static SyntheticAcledEvent Revise(Random rng, SyntheticAcledEvent e) => e with
    {
        Timestamp = e.Timestamp + 86_400 * (1 + rng.Next(20)) + rng.Next(86_400),
        Fatalities = e.Fatalities + (rng.NextDouble() < 0.3 ? 1 + rng.Next(3) : 0),
        Notes = e.Notes + " [Updated: casualty figures confirmed by a second source.]",
    };

    private SyntheticAcledEvent NextEvent(Random rng, LocalDate day, double t, Dictionary<string, int> ids)
    {
        Place place = _options.IncludeNeighbours && rng.NextDouble() < 0.04
            ? _areas.PickNeighbour(rng)
            : _areas.Pick(rng, t, _options.AsciiNameRate);
        Country country = place.Country;
        string prefix = country.AcledPrefix ?? country.Alpha3;
        int number = ids.TryGetValue(prefix, out int last) ? last + 1 : 100_001;
        ids[prefix] = number;

        EventDraft draft = EventDrafts.Draw(rng, place);
        int timePrecision = Pick(rng, 0.8, 0.15) + 1;
        long timestamp = ToUnix(day) + 86_400L * (2 + rng.Next(19)) + rng.Next(86_400);
        return new SyntheticAcledEvent
        {
            EventIdCnty = string.Create(CultureInfo.InvariantCulture, $"{prefix}{number}"),
            EventDate = day,
            TimePrecision = timePrecision,
            DisorderType = draft.DisorderType,
            EventType = draft.EventType,
            SubEventType = draft.SubEventType,
            Actor1 = draft.Actor1.Name,
            AssocActor1 = draft.AssocActor1,
            Inter1 = draft.Actor1.Inter,
            Actor2 = draft.Actor2?.Name ?? "",
            AssocActor2 = draft.AssocActor2,
            Inter2 = draft.Actor2?.Inter ?? 0,
            CivilianTargeting = draft.CivilianTargeting,
            IsoNumeric = country.Numeric,
            Region = Catalog.RegionOf(country.Alpha3),
            Country = country.NameEn,
            Admin1 = place.Admin1,
            Admin2 = place.Admin2,
            Admin3 = "",
            Location = place.Location,
            Latitude = place.Latitude,
            Longitude = place.Longitude,
            GeoPrecision = place.GeoPrecision,
            Source = draft.Source,
            SourceScale = Catalog.SourceScales[rng.Next(Catalog.SourceScales.Length)],
            Notes = EventDrafts.Notes(rng, draft, place, day),
            Fatalities = draft.Fatalities,
            Tags = draft.Tags,
            Timestamp = timestamp,
            Admin1PCode = place.Admin1PCode,
            Admin2PCode = place.Admin2PCode,
            CountryAlpha3 = country.Alpha3,
        };
    }

    /// <summary>Returns 0 with probability <paramref name="p0"/>, 1 with <paramref name="p1"/>, 2 otherwise.</summary>
    internal static int Pick(Random rng, double p0, double p1)
    {
        double u = rng.NextDouble();
        return u < p0 ? 0 : u < p0 + p1 ? 1 : 2;
    }

    internal static long ToUnix(LocalDate day) => Period.DaysBetween(s_unixEpoch, day) * 86_400L;
}
