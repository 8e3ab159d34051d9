using System.Buffers.Text;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using NodaTime;
using SahelReports.Geography;
using SahelReports.Geography.Internal;
using SahelReports.Incidents;
using SahelReports.Incidents.Internal;
using SahelReports.Internal;

namespace SahelReports.Import.Acled.Internal;

/// <summary>The UTF-8 values of one record, by source position.</summary>
internal abstract class AcledFieldSource
{
    /// <summary>The value of the field at a position (empty when the record is shorter).</summary>
    public abstract ReadOnlySpan<byte> Get(int index);
}

/// <summary>Validates one ACLED record and builds the incident, or reports why the row is rejected. One instance per file.</summary>
internal sealed class AcledRowParser
{
    private const int MaxCacheEntries = 100_000;

    private static readonly Dictionary<int, string> s_gwno = new()
    {
        [432] = "MLI", [439] = "BFA", [436] = "NER", [433] = "SEN", [435] = "MRT", [452] = "GHA", [437] = "CIV", [461] = "TGO",
        [434] = "BEN", [475] = "NGA", [483] = "TCD", [615] = "DZA", [620] = "LBY", [438] = "GIN",
    };

    private static readonly double[] s_pow10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    private readonly int[] _map;
    private readonly AcledLayout _layout;
    private readonly AcledDateOrder? _dateOrder;
    private readonly Gazetteer _gazetteer;
    private readonly string _file;
    private readonly AcledText _text = new(AcledColumns.Count);

    // Caches keyed by the pooled values' ids (see AcledText): a value's id stands for its bytes, so hashing a key is cheap.
    private readonly Dictionary<long, (PCode? A1, PCode? A2, string? Problem)> _places = [];
    private readonly Dictionary<string, int> _countryIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _countryHasAreas = new(StringComparer.Ordinal);
    private string? _lastCountry;
    private int _lastCountryId;
    private readonly Dictionary<long, Actor> _actors = [];
    private readonly Dictionary<LocationKey, IncidentLocation> _locations = [];
    private readonly Dictionary<(int, int, int, int), AdminNames> _areas = [];
    private readonly Dictionary<CodingKey, IncidentCoding> _codings = [];
    private bool _internLocations = true;
    private int _locationMisses;
    private int _locationLookups;
    private readonly Utf8Arena? _notes;
    private readonly Dictionary<int, IReadOnlyList<string>> _tags = [];
    private readonly Dictionary<int, Interaction?> _interactions = [];
    private readonly Dictionary<int, ActorType?> _actorTypes = [];
    private readonly Dictionary<long, (DisorderType Disorder, EventType Event, SubEventType Sub, string? Legacy)> _taxonomy = [];
    private readonly bool _keepFreeText;
    private AcledFieldSource _src = null!;
    private long _line;
    private string? _id;
    private bool _idPending;
    private readonly byte[] _lastDateBytes = new byte[32];
    private readonly ByteKeyCache<CodingGroup> _codingGroups = new();
    private readonly ByteKeyCache<PlaceGroup> _placeGroups = new();
    private readonly byte[] _codingKey = new byte[1024];
    private readonly int[] _codingFields;
    private readonly int[] _placeFields;
    private readonly byte[] _placeKey = new byte[512];
    private int _issued;

    private static readonly AcledColumn[] s_codingColumns =
    [
        AcledColumn.DisorderType, AcledColumn.EventType, AcledColumn.SubEventType, AcledColumn.Actor1, AcledColumn.AssocActor1, AcledColumn.Inter1,
        AcledColumn.Actor2, AcledColumn.AssocActor2, AcledColumn.Inter2, AcledColumn.Interaction, AcledColumn.CivilianTargeting,
    ];

    private static readonly AcledColumn[] s_placeColumns = [AcledColumn.Iso, AcledColumn.Admin1, AcledColumn.Admin2];
    private int _lastDateLength = -1;
    private LocalDate _lastDate;

    public AcledRowParser(int[] map, AcledLayout layout, AcledImportOptions options, IssueCollector issues, string file)
    {
        _map = map;
        _codingFields = [.. s_codingColumns.Select(c => map[(int)c])];
        _placeFields = [.. s_placeColumns.Select(c => map[(int)c])];
        _layout = layout;
        _dateOrder = layout == AcledLayout.Version6 ? AcledDateOrder.DayMonthYear : options.DateOrder;
        _gazetteer = options.Gazetteer ?? Gazetteer.Default;
        _keepFreeText = options.KeepFreeText;
        _notes = options.PackNotes ? new Utf8Arena() : null;
        Issues = issues;
        _file = file;
    }

    /// <summary>Where the issues of the rows parsed from now on go (a parallel import gives each batch its own collector).</summary>
    public IssueCollector Issues { get; set; }

    /// <summary>
    /// Whether only the values an aggregate reads are kept (a streaming aggregate, which never calls <see cref="Build"/>): admin3,
    /// location, source scale and tags are then validated exactly as otherwise (same rejections and warnings) but not decoded or
    /// pooled, and left <see langword="null"/> in <see cref="AcledRowValues"/>.
    /// </summary>
    public bool ValuesOnly { get; init; }

    /// <summary>
    /// Whether groups of fields are looked up by their bytes (the coding and place groups, the last date; on by default). Off,
    /// every row is validated field by field: only for tests, which check that both give the same values and issues.
    /// </summary>
    internal bool GroupCaches { get; init; } = true;

    /// <summary>How many rows' coding and place groups came from the group caches (for tests).</summary>
    internal long GroupCacheHits => _codingGroups.Hits + _placeGroups.Hits;

    /// <summary>Rows kept whose admin1 or admin2 name could not be matched.</summary>
    public long UnmatchedPlaces { get; private set; }

    /// <summary>Parses the current record: <see cref="Validate"/>, then <see cref="Build"/>.</summary>
    /// <returns>The incident, or <see langword="null"/> when the row was rejected (the reason is in the issues).</returns>
    public ConflictIncident? Parse(AcledFieldSource src, long line)
    {
        var values = default(AcledRowValues);
        return Validate(src, line, ref values) ? Build(in values) : null;
    }

    /// <summary>
    /// Validates the current record fully (every issue, with its line and column, goes to <see cref="Issues"/>) and fills
    /// <paramref name="v"/> with its values; builds no object for a repeated value and does not decode the event id unless an
    /// issue names it. A streaming aggregate stops here; <see cref="Build"/> makes the incident.
    /// </summary>
    /// <returns><see langword="true"/> when the row is accepted; <see langword="false"/> when it is rejected (one error issued).</returns>
    public bool Validate(AcledFieldSource src, long line, ref AcledRowValues v)
    {
        _src = src;
        _line = line;
        _id = null;
        _idPending = false;
        v.Id = null;

        if (!Id())
        {
            return false;
        }

        v.IdKey = !ValuesOnly ? 0 : _idPending ? AcledIdKeys.Of(AcledText.TrimBlanks(F(AcledColumn.EventIdCnty))) : AcledIdKeys.Of(_id!);

        // Date and year.
        ReadOnlySpan<byte> dateText = F(AcledColumn.EventDate);
        if (AcledText.TrimBlanks(dateText).IsEmpty)
        {
            return Reject("event_date", ImportIssueCodes.MissingValue, "The event date is empty.");
        }

        switch (ParseDate(dateText, out v.Date))
        {
            case AcledDates.Result.Ambiguous:
                return Reject("event_date", ImportIssueCodes.AmbiguousDate, $"The date '{Ascii(dateText)}' reads as day/month or month/day; state the order (DateOrder, --date-order dmy|mdy).");
            case AcledDates.Result.Invalid:
                return Reject("event_date", ImportIssueCodes.InvalidDate, $"The date '{Ascii(dateText)}' is not a valid date in a known form.");
        }

        ReadOnlySpan<byte> yearText = AcledText.TrimBlanks(F(AcledColumn.Year));
        if (!yearText.IsEmpty)
        {
            if (!TryParseDigits(yearText, out int year) && (!Utf8Parser.TryParse(yearText, out year, out int used) || used != yearText.Length))
            {
                return Reject("year", ImportIssueCodes.InvalidNumber, $"The year '{Ascii(yearText)}' is not a whole number.");
            }

            if (year != v.Date.Year)
            {
                return Reject("year", ImportIssueCodes.YearMismatch, string.Create(CultureInfo.InvariantCulture, $"The year {year} disagrees with the event date {v.Date:uuuu-MM-dd}."));
            }
        }

        if (!Precision(AcledColumn.TimePrecision, "time_precision", out int timePrecision))
        {
            return false;
        }

        v.TimePrecision = (TimePrecision)timePrecision;

        // Taxonomy, actors, interaction, civilian targeting: one look-up when the same eleven fields were seen before.
        if (!Coding(ref v))
        {
            return false;
        }

        // Location. The country, admin1 and admin2 (and their P-codes, resolved at the end) come from one look-up when the same
        // iso, admin1 and admin2 fields were seen before without any issue but an unmatched place (replayed at the end).
        int placeLength = GroupCaches && _placeGroups.Enabled ? GroupKey(_placeFields, _placeKey) : -1;
        int placeHash = 0;
        bool placeCacheable = false;
        if (placeLength >= 0 && _placeGroups.TryGet(_placeKey.AsSpan(0, placeLength), out PlaceGroup place, out placeHash))
        {
            (v.Country, v.Admin1, v.Admin1Id, v.Admin2, v.Admin2Id) = (place.Country, place.Admin1, place.Admin1Id, place.Admin2, place.Admin2Id);
            v.PlaceGroup = place;
        }
        else
        {
            place = null!;
            v.PlaceGroup = null;
            int issued = _issued;
            if (!ResolveCountry(out string? country, out bool fromIsoNumber))
            {
                return false;
            }

            v.Country = country!;
            if (!Str(AcledColumn.Admin1, AcledColumn.Admin1, out v.Admin1, out v.Admin1Id)
                || !Str(AcledColumn.Admin2, AcledColumn.Admin2, out v.Admin2, out v.Admin2Id))
            {
                return false;
            }

            // Only a country read from the iso number is a function of the key's bytes (otherwise iso3, country or gwno decide).
            placeCacheable = placeLength >= 0 && fromIsoNumber && _issued == issued;
        }

        (v.Admin3, v.Location, v.Admin3Id, v.LocationId) = (null, null, AcledText.NoId, AcledText.NoId);
        if (!(ValuesOnly ? Check(AcledColumn.Admin3) : Str(AcledColumn.Admin3, AcledColumn.Admin3, out v.Admin3, out v.Admin3Id))
            || !(ValuesOnly ? Check(AcledColumn.Location) : Str(AcledColumn.Location, AcledColumn.Location, out v.Location, out v.LocationId)))
        {
            return false;
        }

        if (!Coordinate(AcledColumn.Latitude, "latitude", 90, out v.Latitude)
            || !Coordinate(AcledColumn.Longitude, "longitude", 180, out v.Longitude)
            || !Precision(AcledColumn.GeoPrecision, "geo_precision", out int geoPrecision))
        {
            return false;
        }

        v.GeoPrecision = (GeoPrecision)geoPrecision;
        if (!Fatalities(out v.Fatalities))
        {
            return false;
        }

        (v.Source, v.SourceScale, v.Notes, v.Tags, v.TagsId) = (null, null, default, null, AcledText.NoId);
        if (!(_keepFreeText ? Str(AcledColumn.Source, AcledColumn.Source, out v.Source) : Check(AcledColumn.Source))
            || !(ValuesOnly ? Check(AcledColumn.SourceScale) : Str(AcledColumn.SourceScale, AcledColumn.SourceScale, out v.SourceScale))
            || !(_keepFreeText ? Notes(out v.Notes) : Check(AcledColumn.Notes))
            || !(ValuesOnly ? Check(AcledColumn.Tags) : Str(AcledColumn.Tags, AcledColumn.Tags, out v.Tags, out v.TagsId)))
        {
            return false;
        }

        v.Timestamp = null;
        ReadOnlySpan<byte> tsText = AcledText.TrimBlanks(F(AcledColumn.Timestamp));
        if (!tsText.IsEmpty)
        {
            if ((!TryParseDigits(tsText, out long seconds) && (!Utf8Parser.TryParse(tsText, out seconds, out int used) || used != tsText.Length)) || seconds < 0 || seconds > 32_503_680_000)
            {
                return Reject("timestamp", ImportIssueCodes.InvalidNumber, $"The timestamp '{Ascii(tsText)}' is not a Unix time in whole seconds.");
            }

            v.Timestamp = Instant.FromUnixTimeSeconds(seconds);
        }

        if (!CountryBounds.IsPlausible(v.Country, v.Latitude, v.Longitude))
        {
            Warn("latitude", ImportIssueCodes.CoordinatesOutsideCountry, string.Create(CultureInfo.InvariantCulture,
                $"The coordinates {v.Latitude}, {v.Longitude} are not in {v.Country}{(CountryBounds.LooksSwapped(v.Country, v.Latitude, v.Longitude) ? " (latitude and longitude look swapped)" : string.Empty)}; kept as given, check the location."));
        }

        string? problem;
        if (place is null)
        {
            (v.Admin1Code, v.Admin2Code, problem) = ResolvePlace(v.Country, v.Admin1, v.Admin1Id, v.Admin2, v.Admin2Id);
            if (placeCacheable)
            {
                var group = new PlaceGroup(v.Country, v.Admin1, v.Admin1Id, v.Admin2, v.Admin2Id, v.Admin1Code, v.Admin2Code, problem);
                if (_placeGroups.Add(_placeKey.AsSpan(0, placeLength), placeHash, group))
                {
                    v.PlaceGroup = group;
                }
            }
        }
        else
        {
            (v.Admin1Code, v.Admin2Code, problem) = (place.Admin1Code, place.Admin2Code, place.Problem);
        }

        if (problem is not null)
        {
            UnmatchedPlaces++;
            Warn(v.Admin1Code is null ? "admin1" : "admin2", ImportIssueCodes.UnmatchedPlace, problem);
        }

        return true;
    }

    /// <summary>
    /// Builds the incident of the row <see cref="Validate"/> has just accepted (call it before the next row is validated: the
    /// event id is decoded from the current record), sharing location, admin-name and coding objects between incidents.
    /// Reports nothing: every issue of the row was reported by <see cref="Validate"/>.
    /// </summary>
    public ConflictIncident Build(in AcledRowValues v)
    {
        if (ValuesOnly)
        {
            throw new InvalidOperationException("A parser that keeps only the values an aggregate reads cannot build incidents.");
        }

        string id = v.Id ?? CurrentId()!;

        // The same place with the same coordinates repeats all the time: share one location object (a function of these values).
        int countryId = CountryId(v.Country);
        var locationKey = new LocationKey(countryId, v.Admin1Id, v.Admin2Id, v.Admin3Id, v.LocationId, BitConverter.DoubleToInt64Bits(v.Latitude), BitConverter.DoubleToInt64Bits(v.Longitude), (int)v.GeoPrecision);
        bool internable = _internLocations && (v.Admin1Id | v.Admin2Id | v.Admin3Id | v.LocationId) >= 0;
        IncidentLocation? place = null;
        if (internable && !_locations.TryGetValue(locationKey, out place))
        {
            _locationMisses++;
        }

        if (internable && ++_locationLookups == 20_000 && _locationMisses > 19_000)
        {
            // Over 19,000 new places in the first 20,000 rows (coordinates jittered per row, as in our synthetic files):
            // sharing does not pay, stop trying. Only object identity depends on it, never a value.
            _internLocations = internable = false;
            _locations.Clear();
            _locations.TrimExcess();
        }

        if (place is null)
        {
            var areaKey = (countryId, v.Admin1Id, v.Admin2Id, v.Admin3Id);
            bool shareable = (v.Admin1Id | v.Admin2Id | v.Admin3Id) >= 0;
            AdminNames? area = null;
            if (shareable && v.PlaceGroup is { Area: { } last } group && group.AreaAdmin3Id == v.Admin3Id)
            {
                // The same place group and admin3 as a row built before: the object the dictionary would give.
                area = last;
            }
            else if (!shareable || !_areas.TryGetValue(areaKey, out area))
            {
                area = new AdminNames(v.Country, v.Admin1, v.Admin2, v.Admin3, v.Admin1Code, v.Admin2Code);
                if (shareable && _areas.Count < MaxCacheEntries)
                {
                    _areas[areaKey] = area;
                }
            }

            if (shareable && v.PlaceGroup is { } placeGroup)
            {
                (placeGroup.Area, placeGroup.AreaAdmin3Id) = (area, v.Admin3Id);
            }

            place = new IncidentLocation(area, v.Location, v.Latitude, v.Longitude, v.GeoPrecision);
            if (internable && _locations.Count < MaxCacheEntries)
            {
                _locations[locationKey] = place;
            }
        }

        // A few thousand codings (precision, taxonomy, actors, interaction, civilian targeting) cover a file: share them.
        // Actors come from the actor cache, so the same actor is the same instance and is compared by reference.
        // A row whose coding fields came from the group cache finds the group's shared coding there.
        int time = (int)v.TimePrecision;
        IncidentCoding? coding = v.CodingGroup?.Codings[time];
        if (coding is null && !_codings.TryGetValue(new CodingKey(time, v.DisorderType, v.EventType, v.SubEventType, v.LegacyEventType, v.Actor1, v.Actor2, v.Interaction, v.CivilianTargeting), out coding))
        {
            coding = new IncidentCoding
            {
                TimePrecision = v.TimePrecision,
                DisorderType = v.DisorderType,
                EventType = v.EventType,
                SubEventType = v.SubEventType,
                LegacyEventType = v.LegacyEventType,
                Actor1 = v.Actor1,
                Actor2 = v.Actor2,
                Interaction = v.Interaction,
                CivilianTargeting = v.CivilianTargeting,
            };
            if (_codings.Count < MaxCacheEntries)
            {
                _codings[new CodingKey(time, v.DisorderType, v.EventType, v.SubEventType, v.LegacyEventType, v.Actor1, v.Actor2, v.Interaction, v.CivilianTargeting)] = coding;
            }
        }

        if (v.CodingGroup is { } codingGroup)
        {
            codingGroup.Codings[time] = coding;
        }

        return new ConflictIncident(id, v.Date, coding, place, v.Fatalities)
        {
            Source = v.Source,
            SourceScale = v.SourceScale,
            NotesText = v.Notes,
            Tags = SplitTags(v.Tags, v.TagsId),
            Timestamp = v.Timestamp,
        };
    }

    /// <summary>
    /// Validates and resolves the coding fields (disorder, event and sub-event type, both actors with their associated actors and
    /// inter codes, interaction, civilian targeting) as <see cref="CodingUncached"/> does, through a cache keyed by the eleven
    /// fields' bytes: a group that was accepted before without any issue is not validated again (its values are a function of
    /// those bytes). A group that gave an issue (a repaired value, an unknown actor type, a rejection) is never cached, so every
    /// row repeats its issues exactly.
    /// </summary>
    private bool Coding(ref AcledRowValues v)
    {
        int length = GroupCaches && _codingGroups.Enabled ? GroupKey(_codingFields, _codingKey) : -1;
        int hash = 0;
        if (length >= 0 && _codingGroups.TryGet(_codingKey.AsSpan(0, length), out CodingGroup c, out hash))
        {
            (v.DisorderType, v.EventType, v.SubEventType, v.LegacyEventType) = (c.Disorder, c.Event, c.Sub, c.Legacy);
            (v.Actor1, v.Actor2, v.Interaction, v.CivilianTargeting) = (c.Actor1, c.Actor2, c.Interaction, c.Civilian);
            v.CodingGroup = c;
            return true;
        }

        v.CodingGroup = null;
        int issued = _issued;
        if (!CodingUncached(ref v))
        {
            return false;
        }

        if (length >= 0 && _issued == issued)
        {
            v.CodingGroup = new CodingGroup(v.DisorderType, v.EventType, v.SubEventType, v.LegacyEventType, v.Actor1, v.Actor2, v.Interaction, v.CivilianTargeting);
            if (!_codingGroups.Add(_codingKey.AsSpan(0, length), hash, v.CodingGroup))
            {
                v.CodingGroup = null;
            }
        }

        return true;
    }

    /// <summary>Validates and resolves the coding fields field by field (see <see cref="Coding"/>).</summary>
    private bool CodingUncached(ref AcledRowValues v)
    {
        if (!Taxonomy(out v.DisorderType, out v.EventType, out v.SubEventType, out v.LegacyEventType))
        {
            return false;
        }

        // Actors.
        if (!ReadActor(AcledColumn.Actor1, AcledColumn.AssocActor1, AcledColumn.Inter1, "actor1", required: true, out Actor? actor1))
        {
            return false;
        }

        v.Actor1 = actor1!;
        if (!ReadActor(AcledColumn.Actor2, AcledColumn.AssocActor2, AcledColumn.Inter2, "actor2", required: false, out v.Actor2))
        {
            return false;
        }

        if (!Str(AcledColumn.Interaction, AcledColumn.Interaction, out string? interactionText, out int interactionId))
        {
            return false;
        }

        Interaction? interaction = null;
        if (interactionText is not null)
        {
            if (interactionId < 0 || !_interactions.TryGetValue(interactionId, out interaction))
            {
                interaction = Interaction.TryParse(interactionText, out Interaction parsed) ? parsed : null;
                if (interactionId > 0 && _interactions.Count < MaxCacheEntries)
                {
                    _interactions[interactionId] = interaction;
                }
            }

            if (interaction is null)
            {
                Warn("interaction", ImportIssueCodes.UnknownActorType, $"The interaction '{interactionText}' is not an ACLED interaction code or label; left unknown.");
            }
        }
        else if (v.Actor1.Type is { } t1)
        {
            interaction = new Interaction(t1, v.Actor2?.Type);
        }

        v.Interaction = interaction;
        if (!Str(AcledColumn.CivilianTargeting, AcledColumn.CivilianTargeting, out string? civilian))
        {
            return false;
        }

        v.CivilianTargeting = civilian is not null;
        return true;
    }

    /// <summary>
    /// Writes the raw bytes of some fields of the current record (by source position, -1 for a column the file does not have)
    /// into <paramref name="key"/>, each preceded by its length, so that equal keys mean equal fields.
    /// </summary>
    /// <returns>The key's length, or -1 when the fields do not fit (the caller then does without the cache).</returns>
    private int GroupKey(int[] fields, byte[] key)
    {
        int at = 0;
        foreach (int i in fields)
        {
            ReadOnlySpan<byte> f = i < 0 ? default : _src.Get(i);
            int n = f.Length;
            if (n > key.Length - at - 2 - 32)
            {
                return -1;
            }

            key[at] = unchecked((byte)n);
            key[at + 1] = unchecked((byte)(n >> 8));
            at += 2;
            ref byte from = ref MemoryMarshal.GetReference(f);
            ref byte to = ref key[at];
            if (n <= 32)
            {
                // Most fields are short: two overlapping moves of the largest size that fits, instead of a call (the key has
                // 32 bytes to spare after the field, so a move may write past its end).
                if (n > 16)
                {
                    Vector128.LoadUnsafe(ref from).StoreUnsafe(ref to);
                    Vector128.LoadUnsafe(ref from, (nuint)(n - 16)).StoreUnsafe(ref to, (nuint)(n - 16));
                }
                else if (n >= 8)
                {
                    Unsafe.WriteUnaligned(ref to, Unsafe.ReadUnaligned<ulong>(ref from));
                    Unsafe.WriteUnaligned(ref Unsafe.Add(ref to, n - 8), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref from, n - 8)));
                }
                else if (n >= 4)
                {
                    Unsafe.WriteUnaligned(ref to, Unsafe.ReadUnaligned<uint>(ref from));
                    Unsafe.WriteUnaligned(ref Unsafe.Add(ref to, n - 4), Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref from, n - 4)));
                }
                else
                {
                    for (int b = 0; b < n; b++)
                    {
                        Unsafe.Add(ref to, b) = Unsafe.Add(ref from, b);
                    }
                }
            }
            else
            {
                f.CopyTo(key.AsSpan(at));
            }

            at += n;
        }

        return at;
    }

    /// <summary>
    /// Validates the event id as <see cref="Str(AcledColumn, int, out string?)"/> would (same rejections and warnings) without
    /// decoding it when it needs no repair: it is then decoded only when an issue or the incident needs it (<see cref="CurrentId"/>).
    /// </summary>
    private bool Id()
    {
        ReadOnlySpan<byte> raw = F(AcledColumn.EventIdCnty);
        if (!_text.TryCheck(raw, out AcledText.Fixes fixes))
        {
            return Reject(Name(AcledColumn.EventIdCnty), ImportIssueCodes.InvalidEncoding, "The value is not valid UTF-8 (or the file's declared encoding); the row is rejected rather than altered.");
        }

        string? id = null;
        if (fixes != AcledText.Fixes.None)
        {
            // Rare: invisible characters or non-NFC text; decode and repair now (with the same warnings).
            if (!Str(AcledColumn.EventIdCnty, -1, out id))
            {
                return false;
            }
        }
        else if (!AcledText.TrimBlanks(raw).IsEmpty)
        {
            _idPending = true;
            return true;
        }

        if (id is null)
        {
            return Reject("event_id_cnty", ImportIssueCodes.MissingId, "The event id is empty.");
        }

        _id = id;
        return true;
    }

    /// <summary>The current row's event id, decoded on first use (valid UTF-8 that needs no repair: see <see cref="Id"/>).</summary>
    private string? CurrentId()
    {
        if (_idPending)
        {
            _id = Encoding.UTF8.GetString(AcledText.TrimBlanks(F(AcledColumn.EventIdCnty)));
            _idPending = false;
        }

        return _id;
    }

    private ReadOnlySpan<byte> F(AcledColumn c)
    {
        int i = _map[(int)c];
        return i < 0 ? default : _src.Get(i);
    }

    private static string Name(AcledColumn c) => c switch
    {
        AcledColumn.EventIdCnty => "event_id_cnty",
        AcledColumn.AssocActor1 => "assoc_actor_1",
        AcledColumn.AssocActor2 => "assoc_actor_2",
        AcledColumn.CivilianTargeting => "civilian_targeting",
        AcledColumn.SubEventType => "sub_event_type",
        AcledColumn.EventType => "event_type",
        AcledColumn.DisorderType => "disorder_type",
        AcledColumn.SourceScale => "source_scale",
        _ => c.ToString().ToLowerInvariant(),
    };

    private bool Str(AcledColumn c, AcledColumn pool, out string? value) => Str(c, (int)pool, out value, out _);

    private bool Str(AcledColumn c, AcledColumn pool, out string? value, out int id) => Str(c, (int)pool, out value, out id);

    private bool Str(AcledColumn c, int pool, out string? value) => Str(c, pool, out value, out _);

    private bool Str(AcledColumn c, int pool, out string? value, out int id)
    {
        if (!_text.TryDecode(F(c), pool, out value, out AcledText.Fixes fixes, out id))
        {
            Reject(Name(c), ImportIssueCodes.InvalidEncoding, "The value is not valid UTF-8 (or the file's declared encoding); the row is rejected rather than altered.");
            return false;
        }

        return fixes == AcledText.Fixes.None || Repaired(c, fixes);
    }

    /// <summary>Checks a value that is not kept (<see cref="AcledImportOptions.KeepFreeText"/> off) exactly as <see cref="Str(AcledColumn, int, out string?)"/> would.</summary>
    private bool Check(AcledColumn c)
    {
        if (!_text.TryCheck(F(c), out AcledText.Fixes fixes))
        {
            Reject(Name(c), ImportIssueCodes.InvalidEncoding, "The value is not valid UTF-8 (or the file's declared encoding); the row is rejected rather than altered.");
            return false;
        }

        return fixes == AcledText.Fixes.None || Repaired(c, fixes);
    }

    /// <summary>
    /// Reads the notes as <see cref="Str(AcledColumn, int, out string?)"/> would, but keeps them as UTF-8: a value that needs no
    /// repair is copied as bytes, never decoded.
    /// </summary>
    private bool Notes(out CompactText notes)
    {
        notes = default;
        ReadOnlySpan<byte> raw = F(AcledColumn.Notes);
        if (!_text.TryCheck(raw, out AcledText.Fixes fixes))
        {
            Reject(Name(AcledColumn.Notes), ImportIssueCodes.InvalidEncoding, "The value is not valid UTF-8 (or the file's declared encoding); the row is rejected rather than altered.");
            return false;
        }

        if (fixes == AcledText.Fixes.None)
        {
            ReadOnlySpan<byte> trimmed = AcledText.TrimBlanks(raw);
            notes = trimmed.IsEmpty ? default : _notes is null ? CompactText.FromValidUtf8(trimmed) : CompactText.FromValidUtf8(trimmed, _notes);
            return true;
        }

        // Rare: invisible characters or non-NFC text; decode, repair and store the repaired text.
        if (!Str(AcledColumn.Notes, -1, out string? repaired))
        {
            return false;
        }

        notes = CompactText.FromString(repaired);
        return true;
    }

    private bool Repaired(AcledColumn c, AcledText.Fixes fixes)
    {
        if ((fixes & AcledText.Fixes.InvisibleStripped) != 0)
        {
            Warn(Name(c), ImportIssueCodes.InvisibleCharacters, "Invisible characters (zero-width, bidi controls, soft hyphen or NUL) were removed from the value.");
        }

        if ((fixes & AcledText.Fixes.Normalised) != 0)
        {
            Warn(Name(c), ImportIssueCodes.NormalisedToNfc, "The value was normalised to Unicode NFC.");
        }

        return true;
    }

    private bool Precision(AcledColumn c, string name, out int value)
    {
        ReadOnlySpan<byte> t = F(c);
        if (t.Length == 1 && t[0] is >= (byte)'1' and <= (byte)'3')
        {
            // The usual form: one digit, no blanks.
            value = t[0] - '0';
            return true;
        }

        t = AcledText.TrimBlanks(t);
        value = 0;
        if (t.IsEmpty)
        {
            Reject(name, ImportIssueCodes.MissingValue, $"The {name} is empty.");
            return false;
        }

        if (!Utf8Parser.TryParse(t, out value, out int used) || used != t.Length)
        {
            Reject(name, ImportIssueCodes.InvalidNumber, $"The {name} '{Ascii(t)}' is not a whole number.");
            return false;
        }

        if (value is < 1 or > 3)
        {
            Reject(name, ImportIssueCodes.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"The {name} {value} is not one of ACLED's codes 1, 2, 3."));
            return false;
        }

        return true;
    }

    private bool Taxonomy(out DisorderType disorder, out EventType eventType, out SubEventType subEvent, out string? legacy)
    {
        disorder = default;
        eventType = default;
        subEvent = default;
        legacy = null;
        if (!Str(AcledColumn.EventType, AcledColumn.EventType, out string? eventText, out int eventId)
            || !Str(AcledColumn.SubEventType, AcledColumn.SubEventType, out string? subText, out int subId)
            || !Str(AcledColumn.DisorderType, AcledColumn.DisorderType, out string? disorderText, out int disorderId))
        {
            return false;
        }

        if (eventText is null)
        {
            Reject("event_type", ImportIssueCodes.UnknownEventType, "The event type is empty.");
            return false;
        }

        long key = Key(eventId, subId, disorderId);
        if (key >= 0 && _taxonomy.TryGetValue(key, out var known))
        {
            (disorder, eventType, subEvent, legacy) = known;
            return true;
        }

        LegacyEventTypeMapping? mapping = null;
        if ((subText is null && AcledTaxonomy.TryGetLegacyMapping(eventText, out mapping)) || !AcledTaxonomy.TryParseEventType(eventText, out eventType))
        {
            if (mapping is null && !AcledTaxonomy.TryGetLegacyMapping(eventText, out mapping))
            {
                Reject("event_type", ImportIssueCodes.UnknownEventType, $"The event type '{eventText}' is not in ACLED's current or pre-2019 taxonomy.");
                return false;
            }

            legacy = mapping.LegacyName;
            eventType = mapping.EventType;
            subEvent = mapping.SubEventType;
            disorder = mapping.DisorderType;
        }
        else
        {
            if (subText is null || !AcledTaxonomy.TryParseSubEventType(subText, out subEvent))
            {
                Reject("sub_event_type", ImportIssueCodes.UnknownEventType, subText is null
                    ? $"The event type '{eventText}' needs a sub-event type and there is none."
                    : $"The sub-event type '{subText}' is not in ACLED's taxonomy.");
                return false;
            }

            if (AcledTaxonomy.EventTypeOf(subEvent) != eventType)
            {
                Reject("sub_event_type", ImportIssueCodes.UnknownEventType, $"The sub-event type '{subText}' does not belong to the event type '{eventText}'.");
                return false;
            }
        }

        if (disorderText is not null)
        {
            if (!AcledTaxonomy.TryParseDisorderType(disorderText, out disorder))
            {
                Reject("disorder_type", ImportIssueCodes.UnknownEventType, $"The disorder type '{disorderText}' is not in ACLED's taxonomy.");
                return false;
            }
        }
        else if (legacy is null)
        {
            disorder = AcledTaxonomy.DefaultDisorderTypeOf(eventType);
        }

        if (key >= 0 && _taxonomy.Count < MaxCacheEntries)
        {
            _taxonomy[key] = (disorder, eventType, subEvent, legacy);
        }

        return true;
    }

    private bool ReadActor(AcledColumn nameCol, AcledColumn assocCol, AcledColumn interCol, string column, bool required, out Actor? actor)
    {
        actor = null;
        if (!Str(nameCol, nameCol, out string? name, out int nameId) || !Str(assocCol, assocCol, out string? assoc, out int assocId) || !Str(interCol, interCol, out string? inter, out int interId))
        {
            return false;
        }

        if (name is null)
        {
            if (required)
            {
                Reject(column, ImportIssueCodes.MissingValue, $"The {column} is empty.");
                return false;
            }

            return true;
        }

        ActorType? type = null;
        if (inter is not null && !(inter.Length == 1 && inter[0] == '0'))
        {
            // Ids are per column: the column is part of every key.
            int typeKey = ((int)interCol << 20) | interId;
            if (interId < 0 || !_actorTypes.TryGetValue(typeKey, out type))
            {
                type = AcledTaxonomy.TryParseActorType(inter, out ActorType t) ? t : null;
                if (interId > 0 && _actorTypes.Count < MaxCacheEntries)
                {
                    _actorTypes[typeKey] = type;
                }
            }

            if (type is null)
            {
                Warn(Name(interCol), ImportIssueCodes.UnknownActorType, $"The actor type '{inter}' is not an ACLED inter code (1–8) or label; left unknown.");
            }
        }

        // The inter text determines the type, so (name, associated actors, inter) ids identify the actor; ids are per column.
        long key = Key(nameId, assocId, interId);
        if (key >= 0)
        {
            key |= (nameCol == AcledColumn.Actor1 ? 1L : 2L) << 60;
        }

        if (key >= 0 && _actors.TryGetValue(key, out actor))
        {
            return true;
        }

        string[] associated = assoc is null ? [] : assoc.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        actor = new Actor(name, type, associated);
        if (key >= 0 && _actors.Count < MaxCacheEntries)
        {
            _actors[key] = actor;
        }

        return true;
    }

    private bool ResolveCountry(out string? alpha3, out bool fromIsoNumber)
    {
        alpha3 = null;
        Country? country = null;
        ReadOnlySpan<byte> iso = AcledText.TrimBlanks(F(AcledColumn.Iso));
        if (!iso.IsEmpty && Utf8Parser.TryParse(iso, out int numeric, out int used) && used == iso.Length)
        {
            Countries.TryFromNumeric(numeric, out country);
        }

        fromIsoNumber = country is not null;

        if (country is null)
        {
            if (!Str(AcledColumn.Iso3, AcledColumn.Iso3, out string? iso3) || !Str(AcledColumn.Country, AcledColumn.Country, out string? name))
            {
                return false;
            }

            if (!Countries.TryFromAlpha3(iso3, out country) && !Countries.TryFromName(name, out country))
            {
                ReadOnlySpan<byte> gw = AcledText.TrimBlanks(F(AcledColumn.Gwno));
                if (Utf8Parser.TryParse(gw, out int g, out int gu) && gu == gw.Length && s_gwno.TryGetValue(g, out string? a3))
                {
                    country = Countries.FromAlpha3(a3);
                }
            }
        }

        if (country is null)
        {
            Reject("country", ImportIssueCodes.UnknownCountry, $"The country cannot be identified from iso '{Ascii(iso)}' or the country name.");
            return false;
        }

        alpha3 = country.Alpha3;
        return true;
    }

    /// <summary>The P-codes of a row's admin1 and admin2, and why they could not be matched (the caller reports it).</summary>
    private (PCode? A1, PCode? A2, string? Problem) ResolvePlace(string country, string? admin1, int admin1Id, string? admin2, int admin2Id)
    {
        if (admin1 is null && admin2 is null)
        {
            return (null, null, null);
        }

        long key = Key(CountryId(country), admin1Id, admin2Id);
        if (key < 0 || !_places.TryGetValue(key, out var r))
        {
            if (!_countryHasAreas.TryGetValue(country, out bool has))
            {
                has = _gazetteer.GetAreas(1, country).Count > 0;
                _countryHasAreas[country] = has;
            }

            if (!has)
            {
                r = (null, null, null);
            }
            else
            {
                PlaceResolution res = _gazetteer.Resolve(country, admin1, admin2);
                string? problem = null;
                if (admin1 is not null && !res.Admin1.IsMatched)
                {
                    problem = $"The admin1 '{admin1}' does not match {(res.Admin1.Status == PlaceMatchStatus.Ambiguous ? "exactly one" : "any")} {country} region in gazetteer {_gazetteer.Version}; kept without a P-code.";
                }
                else if (admin2 is not null && !res.Admin2.IsMatched)
                {
                    problem = $"The admin2 '{admin2}' does not match {(res.Admin2.Status == PlaceMatchStatus.Ambiguous ? "exactly one" : "any")} {country} admin2{(admin1 is null ? string.Empty : $" in '{admin1}'")} in gazetteer {_gazetteer.Version}; kept without its P-code.";
                }

                r = (res.Admin1.Area?.Code, res.Admin2.Area?.Code, problem);
            }

            if (key >= 0 && _places.Count < MaxCacheEntries)
            {
                _places[key] = r;
            }
        }

        return r;
    }

    /// <summary>A small id per country (alpha-3 codes come from the country table, one string instance per country, and most
    /// rows repeat the last one).</summary>
    private int CountryId(string country)
    {
        if (!ReferenceEquals(country, _lastCountry))
        {
            if (!_countryIds.TryGetValue(country, out int countryId))
            {
                countryId = _countryIds.Count;
                _countryIds[country] = countryId;
            }

            (_lastCountry, _lastCountryId) = (country, countryId);
        }

        return _lastCountryId;
    }

    private bool Coordinate(AcledColumn c, string name, double limit, out double value)
    {
        value = 0;
        ReadOnlySpan<byte> t = AcledText.TrimBlanks(F(c));
        if (t.IsEmpty)
        {
            Reject(name, ImportIssueCodes.MissingValue, $"The {name} is empty.");
            return false;
        }

        // A plain decimal has no comma, so the comma check is needed only when the fast parse declines (same rejections).
        bool plain = TryParsePlainDecimal(t, out value);
        if (!plain && t.Contains((byte)','))
        {
            Reject(name, ImportIssueCodes.DecimalComma, $"The {name} '{Ascii(t)}' has a decimal comma; ACLED coordinates use a decimal point.");
            return false;
        }

        if (!plain
            && (!double.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value)))
        {
            Reject(name, ImportIssueCodes.InvalidNumber, $"The {name} '{Ascii(t)}' is not a number.");
            return false;
        }

        if (Math.Abs(value) > limit)
        {
            Reject(name, ImportIssueCodes.CoordinatesOutOfRange, string.Create(CultureInfo.InvariantCulture, $"The {name} {value} is outside -{limit}…{limit}."));
            return false;
        }

        return true;
    }

    /// <summary>
    /// Parses 1–9 ASCII digits (no sign, no blank) as <see cref="Utf8Parser"/> would; anything else returns <see langword="false"/>
    /// and goes to the general parser.
    /// </summary>
    internal static bool TryParseDigits(ReadOnlySpan<byte> t, out int value)
    {
        if (t.Length <= 9 && TryParseDigits(t, out long v))
        {
            value = (int)v;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Parses 1–18 ASCII digits (no sign, no blank) as <see cref="Utf8Parser"/> would; anything else returns <see langword="false"/>.</summary>
    internal static bool TryParseDigits(ReadOnlySpan<byte> t, out long value)
    {
        value = 0;
        if (t.IsEmpty || t.Length > 18)
        {
            return false;
        }

        long v = 0;
        foreach (byte b in t)
        {
            uint d = unchecked((uint)(b - '0'));
            if (d > 9)
            {
                return false;
            }

            v = (v * 10) + d;
        }

        value = v;
        return true;
    }

    /// <summary>
    /// <see cref="AcledDates.Parse"/> with a one-entry cache of the last valid date's bytes: rows are usually ordered by date, so
    /// most rows repeat the previous row's date. The result is a function of the bytes (and the parser's fixed date order).
    /// </summary>
    private AcledDates.Result ParseDate(ReadOnlySpan<byte> text, out LocalDate date)
    {
        if (text.Length == _lastDateLength && GroupCaches && text.SequenceEqual(_lastDateBytes.AsSpan(0, _lastDateLength)))
        {
            date = _lastDate;
            return AcledDates.Result.Ok;
        }

        AcledDates.Result result = AcledDates.Parse(text, _dateOrder, out date);
        if (result == AcledDates.Result.Ok && text.Length <= _lastDateBytes.Length)
        {
            text.CopyTo(_lastDateBytes);
            (_lastDateLength, _lastDate) = (text.Length, date);
        }

        return result;
    }

    /// <summary>
    /// Parses the usual coordinate form <c>-?digits[.digits]</c> with at most 15 digits exactly as <see cref="double.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider?, out double)"/>
    /// would: the digits are an exact integer below 2^53 and the power of ten is exact, so one division is correctly rounded.
    /// Anything else returns <see langword="false"/> and goes to the general parser.
    /// </summary>
    internal static bool TryParsePlainDecimal(ReadOnlySpan<byte> t, out double value)
    {
        unchecked
        {
            value = 0;
            int i = t.Length > 0 && t[0] == (byte)'-' ? 1 : 0;
            bool negative = i == 1;
            int start = i;
            int point = -1;
            long mantissa = 0;
            for (; i < t.Length; i++)
            {
                uint d = (uint)(t[i] - '0');
                if (d <= 9)
                {
                    mantissa = (mantissa * 10) + d;
                }
                else if (t[i] == (byte)'.' && point < 0)
                {
                    point = i;
                }
                else
                {
                    return false;
                }
            }

            // At most 15 digits (the mantissa is then exact, below 2^53, and no overflow happened), at least one.
            int digits = t.Length - start - (point < 0 ? 0 : 1);
            if (digits is < 1 or > 15)
            {
                return false;
            }

            int scale = point < 0 ? 0 : t.Length - point - 1;
            double v = scale > 0 ? mantissa / s_pow10[scale] : mantissa;
            value = negative ? -v : v;
            return true;
        }
    }

    private bool Fatalities(out int value)
    {
        ReadOnlySpan<byte> t = AcledText.TrimBlanks(F(AcledColumn.Fatalities));
        value = 0;
        if (t.IsEmpty)
        {
            Reject("fatalities", ImportIssueCodes.MissingValue, "The fatalities are empty (ACLED writes 0 when none are reported).");
            return false;
        }

        if (TryParseDigits(t, out value) || (Utf8Parser.TryParse(t, out value, out int used) && used == t.Length))
        {
            if (value < 0)
            {
                Reject("fatalities", ImportIssueCodes.NegativeFatalities, string.Create(CultureInfo.InvariantCulture, $"The fatalities {value} are negative."));
                return false;
            }

            return true;
        }

        if (double.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out double d) || t.Contains((byte)',') || t.Contains((byte)'.'))
        {
            Reject("fatalities", ImportIssueCodes.NonIntegerFatalities, $"The fatalities '{Ascii(t)}' are not a whole number.");
            return false;
        }

        Reject("fatalities", ImportIssueCodes.InvalidNumber, $"The fatalities '{Ascii(t)}' are not a number.");
        _ = d;
        return false;
    }

    private IReadOnlyList<string> SplitTags(string? tags, int id)
    {
        if (tags is null)
        {
            return [];
        }

        if (id < 0 || !_tags.TryGetValue(id, out IReadOnlyList<string>? list))
        {
            list = tags.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (id > 0 && _tags.Count < MaxCacheEntries)
            {
                _tags[id] = list;
            }
        }

        return list;
    }

    /// <summary>What identifies a location: the pooled values' ids (per column), the coordinates' bits and the precision.</summary>
    private readonly record struct LocationKey(int Country, int Admin1, int Admin2, int Admin3, int Name, long Latitude, long Longitude, int Precision);

    /// <summary>What identifies a coding; actors and the legacy name by reference (cached instances), the rest by value.</summary>
    private readonly struct CodingKey(int time, DisorderType disorder, EventType type, SubEventType sub, string? legacy, Actor actor1, Actor? actor2, Interaction? interaction, bool civilian)
        : IEquatable<CodingKey>
    {
        private readonly int _time = time;
        private readonly DisorderType _disorder = disorder;
        private readonly EventType _type = type;
        private readonly SubEventType _sub = sub;
        private readonly string? _legacy = legacy;
        private readonly Actor _actor1 = actor1;
        private readonly Actor? _actor2 = actor2;
        private readonly Interaction? _interaction = interaction;
        private readonly bool _civilian = civilian;

        public bool Equals(CodingKey other) =>
            _time == other._time && _disorder == other._disorder && _type == other._type && _sub == other._sub && ReferenceEquals(_legacy, other._legacy)
            && ReferenceEquals(_actor1, other._actor1) && ReferenceEquals(_actor2, other._actor2) && _interaction == other._interaction && _civilian == other._civilian;

        public override bool Equals(object? obj) => obj is CodingKey other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(
            (_time << 24) ^ ((int)_sub << 8) ^ (int)_disorder ^ (_civilian ? 1 << 30 : 0), RuntimeHelpers.GetHashCode(_actor1), _actor2 is null ? 0 : RuntimeHelpers.GetHashCode(_actor2), _interaction, _type);
    }

    /// <summary>Packs three small ids (each below 2^20) into one cache key; -1 when one of them is <see cref="AcledText.NoId"/>.</summary>
    private static long Key(int a, int b, int c) => (a | b | c) < 0 ? -1 : ((long)a << 40) | ((long)b << 20) | (long)c;

    /// <summary>A short ASCII rendering of a value for messages (numbers and dates only; never notes or names).</summary>
    private static string Ascii(ReadOnlySpan<byte> value)
    {
        if (value.Length > 24)
        {
            value = value[..24];
        }

        Span<char> c = stackalloc char[value.Length];
        for (int i = 0; i < value.Length; i++)
        {
            byte b = value[i];
            c[i] = b is >= 0x20 and < 0x7F ? (char)b : '?';
        }

        return new string(c);
    }

    private bool Reject(string column, string code, string message)
    {
        _issued++;
        Issues.Add(new ImportIssue(_file, _line, column, IssueSeverity.Error, code, message, CurrentId()));
        return false;
    }

    private void Warn(string column, string code, string message)
    {
        _issued++;
        Issues.Add(new ImportIssue(_file, _line, column, IssueSeverity.Warning, code, message, CurrentId()));
    }

    /// <summary>
    /// What <see cref="CodingUncached"/> gave for a group of coding fields that raised no issue; and, once <see cref="Build"/> has
    /// made them, the shared coding objects of the group by time precision (1–3), so that a repeat needs no coding look-up.
    /// </summary>
    internal sealed record CodingGroup(DisorderType Disorder, EventType Event, SubEventType Sub, string? Legacy, Actor Actor1, Actor? Actor2, Interaction? Interaction, bool Civilian)
    {
        /// <summary>The coding <see cref="Build"/> shares for this group, by time precision.</summary>
        public IncidentCoding?[] Codings { get; } = new IncidentCoding?[4];
    }

    /// <summary>
    /// The country, admin names with their pooled ids, and P-codes of a group of place fields, with the unmatched-place message to
    /// repeat on every row (or <see langword="null"/>); and the admin-name object <see cref="Build"/> last shared for the group
    /// (with the admin3 id it is for).
    /// </summary>
    internal sealed record PlaceGroup(string Country, string? Admin1, int Admin1Id, string? Admin2, int Admin2Id, PCode? Admin1Code, PCode? Admin2Code, string? Problem)
    {
        /// <summary>The admin names <see cref="Build"/> last shared for this group, or <see langword="null"/>.</summary>
        public AdminNames? Area { get; set; }

        /// <summary>The admin3 id <see cref="Area"/> is for.</summary>
        public int AreaAdmin3Id { get; set; }
    }
}
