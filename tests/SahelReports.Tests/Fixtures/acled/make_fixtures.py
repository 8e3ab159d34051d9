#!/usr/bin/env python3
"""Writes the synthetic ACLED fixtures of this folder. Every row is invented by us in ACLED's layouts;
no real ACLED row is copied (ACLED's licence forbids redistributing them). Run from this folder."""
import csv, io, json

CURRENT = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
           "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
           "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
           "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]

# The seed events of 2-3 November 2024 (synthetic rows; fatalities 0 + 14 + 8 + 1 = 23).
SEED = [
    dict(event_id_cnty="MLI12345", d=(2024, 11, 2), disorder_type="Political violence", event_type="Explosions/Remote violence",
         sub_event_type="Shelling/artillery/missile attack", legacy="Remote violence",
         actor1="Unidentified Armed Group (Mali)", assoc_actor_1="", inter1="Political militia", n1=3,
         actor2="Civilians (Mali)", assoc_actor_2="", inter2="Civilians", n2=7, interaction="Political militia-Civilians", ni=37,
         civilian_targeting="Civilian targeting", iso=466, region="Western Africa", country="Mali", admin1="Mopti",
         admin2="Douentza", admin3="Boni", location="Boni", latitude="15.0333", longitude="-1.9500", geo_precision=1,
         source="Studio Tamani; Malian Media", source_scale="National",
         notes='On 2 November 2024, mortar fire hit the road between Boni and Douentza, near the "Boni checkpoint" (Mopti). No fatalities reported.',
         fatalities=0, tags="", timestamp=1730937600),
    dict(event_id_cnty="MLI12346", d=(2024, 11, 2), disorder_type="Political violence", event_type="Battles",
         sub_event_type="Armed clash", legacy="Battle-No change of territory",
         actor1="JNIM: Group for Support of Islam and Muslims", assoc_actor_1="", inter1="Rebel group", n1=2,
         actor2="Dan Na Ambassagou", assoc_actor_2="Dogon Ethnic Militia (Mali)", inter2="Identity militia", n2=4,
         interaction="Rebel group-Identity militia", ni=24, civilian_targeting="", iso=466, region="Western Africa",
         country="Mali", admin1="Mopti", admin2="Bandiagara", admin3="Dandoli", location="Tougoume",
         latitude="14.3500", longitude="-3.6100", geo_precision=2, source="Local Source; Sahel Journal",
         source_scale="Local partner-National",
         notes='On 2 November 2024, JNIM militants clashed with Dan Na Ambassagou\nin Tougoume (Bandiagara, Mopti). 14 killed, "mostly militia members", per local sources.',
         fatalities=14, tags="", timestamp=1730937601),
    dict(event_id_cnty="BFO4567", d=(2024, 11, 3), disorder_type="Political violence", event_type="Battles",
         sub_event_type="Armed clash", legacy="Battle-No change of territory",
         actor1="JNIM: Group for Support of Islam and Muslims", assoc_actor_1="", inter1="Rebel group", n1=2,
         actor2="VDP: Volunteers for the Defense of the Homeland", assoc_actor_2="", inter2="Political militia", n2=3,
         interaction="Rebel group-Political militia", ni=23, civilian_targeting="", iso=854, region="Western Africa",
         country="Burkina Faso", admin1="Boucle du Mouhoun", admin2="Mouhoun", admin3="Kona", location="Kari",
         latitude="12.3800", longitude="-3.4400", geo_precision=1, source="Burkina Monitor", source_scale="National",
         notes="On 3 November 2024, militants attacked VDP members in Kari, killing 8.", fatalities=8,
         tags="women targeted: none; crowd size=no report", timestamp=1731024000),
    dict(event_id_cnty="NIR7890", d=(2024, 11, 3), disorder_type="Political violence", event_type="Battles",
         sub_event_type="Armed clash", legacy="Battle-No change of territory",
         actor1="Military Forces of Niger (2023-)", assoc_actor_1="", inter1="State forces", n1=1,
         actor2="Islamic State (Sahel)", assoc_actor_2="", inter2="Rebel group", n2=2,
         interaction="State forces-Rebel group", ni=12, civilian_targeting="", iso=562, region="Western Africa",
         country="Niger", admin1="Tillaberi", admin2="Tillaberi", admin3="Tillaberi", location="Tillabéri",
         latitude="14.2117", longitude="1.4531", geo_precision=1, source="Actu Niger", source_scale="National",
         notes="On 3 November 2024, one police officer was killed in Tillabéri.", fatalities=1, tags="",
         timestamp=1731024001),
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def iso(d): return "%04d-%02d-%02d" % d


def write(name, header, rows, sep=",", eol="\n", encoding="utf-8", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator=eol, quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    open(name, "wb").write(data)


def current_row(e, **over):
    v = dict(e, event_date=iso(e["d"]), year=e["d"][0], time_precision=1)
    v.update(over)
    return [v[c] for c in CURRENT]


# 1. current layout, LF, quoted notes with commas, doubled quotes and a line break.
write("current.csv", CURRENT, [current_row(e) for e in SEED])

# 2. 2019-21 API layout: data_id, event_id_no_cnty, iso3, no disorder_type, dates like "2 November 2024", numeric inter codes, CRLF.
API = ["data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision", "event_type",
       "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "region",
       "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
       "source_scale", "notes", "fatalities", "timestamp", "iso3"]
ISO3 = {466: "MLI", 854: "BFA", 562: "NER"}
rows = []
for i, e in enumerate(SEED):
    v = dict(e, data_id=9000 + i, event_id_no_cnty=e["event_id_cnty"][3:], event_date="%d %s %d" % (e["d"][2], MONTHS[e["d"][1] - 1], e["d"][0]),
             year=e["d"][0], time_precision=1, inter1=e["n1"], inter2=e["n2"], interaction=e["ni"], iso3=ISO3[e["iso"]])
    rows.append([v[c] for c in API])
write("api-2019.csv", API, rows, eol="\r\n")

# 3. monadic: no actor2 columns; each event on two rows (one per actor), same id and timestamp.
MON = [c for c in CURRENT if c not in ("actor2", "assoc_actor_2", "inter2")]
rows = []
for e in SEED:
    rows.append(current_row(e) and [dict(e, event_date=iso(e["d"]), year=e["d"][0], time_precision=1)[c] for c in MON])
    v = dict(e, event_date=iso(e["d"]), year=e["d"][0], time_precision=1, actor1=e["actor2"], assoc_actor_1=e["assoc_actor_2"], inter1=e["inter2"])
    rows.append([v[c] for c in MON])
write("monadic.csv", MON, rows)

# 4. pre-2019: no sub_event_type, no disorder_type, old event types.
PRE = ["data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision", "event_type",
       "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "region", "country",
       "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
       "notes", "fatalities", "timestamp", "iso3"]
rows = []
for i, e in enumerate(SEED):
    v = dict(e, data_id=8000 + i, event_id_no_cnty=e["event_id_cnty"][3:], event_date=iso(e["d"]), year=e["d"][0],
             time_precision=1, event_type=e["legacy"], inter1=e["n1"], inter2=e["n2"], interaction=e["ni"], iso3=ISO3[e["iso"]])
    rows.append([v[c] for c in PRE])
write("pre-2019.csv", PRE, rows)

# 5. 2016 "v6": UPPERCASE headers, GWNO, ALLY_ACTOR_1/2, dd/mm/yyyy, trailing empty columns, Latin-1.
V6 = ["GWNO", "EVENT_ID_CNTY", "EVENT_ID_NO_CNTY", "EVENT_DATE", "YEAR", "TIME_PRECISION", "EVENT_TYPE", "ACTOR1",
      "ALLY_ACTOR_1", "INTER1", "ACTOR2", "ALLY_ACTOR_2", "INTER2", "INTERACTION", "COUNTRY", "ADMIN1", "ADMIN2", "ADMIN3",
      "LOCATION", "LATITUDE", "LONGITUDE", "GEO_PRECISION", "SOURCE", "NOTES", "FATALITIES", "", ""]
GW = {466: 432, 854: 439, 562: 436}
rows = []
for e in SEED:
    v = dict(e, GWNO=GW[e["iso"]], EVENT_DATE="%02d/%02d/%04d" % (e["d"][2], e["d"][1], e["d"][0]), YEAR=e["d"][0],
             TIME_PRECISION=1, EVENT_TYPE=e["legacy"], ALLY_ACTOR_1=e["assoc_actor_1"], ALLY_ACTOR_2=e["assoc_actor_2"],
             INTER1=e["n1"], INTER2=e["n2"], INTERACTION=e["ni"], EVENT_ID_NO_CNTY=e["event_id_cnty"][3:])
    rows.append([v.get(c, v.get(c.lower(), "")) if c else "" for c in V6])
write("v6-2016.csv", V6, rows, eol="\r\n", encoding="latin-1")

# 6. re-saved by Excel: ";" separator, UTF-8 BOM, CR-only line ends, dates "2-Nov-24" and "3-November-24".
rows = []
for i, e in enumerate(SEED):
    d = e["d"]
    text = "%d-%s-%02d" % (d[2], MONTHS[d[1] - 1][:3] if i % 2 == 0 else MONTHS[d[1] - 1], d[0] % 100)
    rows.append(current_row(e, event_date=text, notes=e["notes"].replace("\n", " ")))
write("excel-resaved.csv", CURRENT, rows, sep=";", eol="\r", bom=True)

# 7. ACLED JSON API response saved to a file (values as strings, as the API returns them).
data = []
for e in SEED:
    v = dict(e, event_date=iso(e["d"]), year=str(e["d"][0]), time_precision="1")
    data.append({c: str(v[c]) for c in CURRENT})
open("json-api.json", "w", encoding="utf-8").write(json.dumps({"status": 200, "success": True, "count": len(data), "data": data}, ensure_ascii=False, indent=1))

# 8. current layout in UTF-16 LE with BOM.
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(CURRENT)
for e in SEED:
    w.writerow(current_row(e))
open("utf16.csv", "wb").write(b"\xff\xfe" + buf.getvalue().encode("utf-16-le"))

# 9. Bad rows, current layout: one row per bad-input class (line numbers are asserted by the tests).
good = SEED[2]
bad = [
    ("ok", current_row(good)),
    ("invalid-date", current_row(good, event_id_cnty="BFO9001", event_date="2024-02-30", year=2024)),
    ("ambiguous-date", current_row(good, event_id_cnty="BFO9002", event_date="03/04/2023", year=2023)),
    ("year-mismatch", current_row(good, event_id_cnty="BFO9003", year=2023)),
    ("decimal-comma", current_row(good, event_id_cnty="BFO9004", latitude="12,3800")),
    ("coordinates-out-of-range", current_row(good, event_id_cnty="BFO9005", latitude="95.2")),
    ("negative-fatalities", current_row(good, event_id_cnty="BFO9006", fatalities=-3)),
    ("non-integer-fatalities", current_row(good, event_id_cnty="BFO9007", fatalities="2.5")),
    ("unknown-event-type", current_row(good, event_id_cnty="BFO9008", event_type="Skirmishes")),
    ("missing-id", current_row(good, event_id_cnty="")),
    ("unknown-country", current_row(good, event_id_cnty="XXX9009", iso=999, country="Atlantis")),
    ("invalid-value", current_row(good, event_id_cnty="BFO9010", geo_precision=5)),
    ("field-count", current_row(good, event_id_cnty="BFO9011")[:20]),
    ("unmatched-place", current_row(good, event_id_cnty="BFO9012", admin2="Atlantide")),
    ("invisible-characters", current_row(good, event_id_cnty="BFO9013", admin1="Boucle du\u200b Mouhoun")),
    ("normalised-nfc", current_row(good, event_id_cnty="BFO9014", location="Kari\u0301")),
]
write("bad-rows.csv", CURRENT, [r for _, r in bad])
open("bad-rows.expected.txt", "w").write("".join("%d\t%s\n" % (i + 2, c) for i, (c, _) in enumerate(bad)))

# 10. Malformed quoting between two good rows.
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(CURRENT)
w.writerow(current_row(SEED[0], notes="ok"))
r = current_row(SEED[1], notes="X")
line = ",".join(str(x) for x in r).replace(",X,", ',"broken"quote,')
buf.write(line + "\n")
w.writerow(current_row(SEED[3], notes="ok"))
open("malformed-quoting.csv", "w").write(buf.getvalue())
