using System.Globalization;
using NodaTime;
using SahelReports.Geography;

namespace SahelReports.Synthetic.Internal;

/// <summary>Writes SYNTHETIC displacement figures in the layouts of IOM DTM's HDX export and UNHCR's population file.</summary>
internal static class DisplacementSamples
{
    /// <summary>The exact header of <c>global-iom-dtm-from-api-admin-0-to-2.csv</c> (HDX), then its HXL row.</summary>
    public const string DtmHeader =
        "id,operation,admin0Name,admin0Pcode,admin1Name,admin1Pcode,admin2Name,admin2Pcode,adminLevel,numPresentIdpInd,reportingDate,"
        + "yearReportingDate,monthReportingDate,roundNumber,displacementReason,numberMales,numberFemales,idpOriginAdmin1Name,"
        + "idpOriginAdmin1Pcode,assessmentType,operationStatus";

    public const string DtmHxl =
        "#id+code,#operation+name,#country+name,#country+code,#adm1+name,#adm1+code,#adm2+name,#adm2+code,#adm+level,#affected+idps,"
        + "#date+reported,#date+year+reported,#date+month+reported,#round+code,#cause+type,#affected+idps+m,#affected+idps+f,"
        + "#adm1+name+origin,#adm1+code+origin,#assessment+type,#operation+status";

    /// <summary>The exact header of UNHCR's population file (refugees R package, <c>population</c>).</summary>
    public const string UnhcrHeader =
        "\"year\",\"coo_name\",\"coo\",\"coo_iso\",\"coa_name\",\"coa\",\"coa_iso\",\"refugees\",\"asylum_seekers\","
        + "\"returned_refugees\",\"idps\",\"returned_idps\",\"stateless\",\"ooc\",\"oip\",\"hst\"";

    private const string Operation = "Central Sahel and Liptako Gourma Crisis";

    /// <summary>Baseline IDPs per admin1 P-code (January 2024 level), written by us to be plausible, not measured.</summary>
    private static readonly Dictionary<string, int> s_baseline = new(StringComparer.Ordinal)
    {
        ["ML01"] = 2_100, ["ML02"] = 8_300, ["ML03"] = 3_200, ["ML04"] = 44_800, ["ML05"] = 121_500, ["ML06"] = 30_400,
        ["ML07"] = 39_700, ["ML08"] = 5_100, ["ML09"] = 6_200, ["ML10"] = 34_900,
        ["BF13"] = 40_200, ["BF46"] = 158_600, ["BF47"] = 19_800, ["BF48"] = 61_300, ["BF49"] = 561_400, ["BF50"] = 29_700,
        ["BF51"] = 10_400, ["BF52"] = 238_900, ["BF53"] = 49_500, ["BF54"] = 231_200, ["BF55"] = 24_600, ["BF56"] = 478_300, ["BF57"] = 15_100,
        ["NE001"] = 1_200, ["NE002"] = 121_800, ["NE003"] = 2_300, ["NE004"] = 44_600, ["NE005"] = 59_800, ["NE006"] = 139_700,
        ["NE007"] = 3_100, ["NE008"] = 4_200,
    };

    /// <summary>Monthly growth of the stock for the areas where conflict rises.</summary>
    private static readonly Dictionary<string, double> s_growth = new(StringComparer.Ordinal)
    {
        ["NE006"] = 0.035, ["BF52"] = 0.028, ["ML05"] = 0.012, ["BF46"] = 0.01,
    };

    public static void WriteDtm(TextWriter w, Gazetteer gazetteer, int seed)
    {
        var rng = new Random(seed);
        w.Write(DtmHeader);
        w.Write('\n');
        w.Write(DtmHxl);
        w.Write('\n');
        int id = 300_001;

        // Rounds: Mali and Niger monthly January–September 2024; Burkina Faso quarterly (March, June, September).
        (string Alpha3, int[] Months, int FirstRound)[] plans =
        [
            ("BFA", [3, 6, 9], 12),
            ("MLI", [1, 2, 3, 4, 5, 6, 7, 8, 9], 51),
            ("NER", [1, 2, 3, 4, 5, 6, 7, 8, 9], 30),
        ];
        foreach ((string alpha3, int[] months, int firstRound) in plans)
        {
            Country country = Countries.FromAlpha3(alpha3);
            AdminArea[] areas = gazetteer.GetAreas(1, alpha3).OrderBy(a => a.Code.Value, StringComparer.Ordinal).ToArray();
            for (int r = 0; r < months.Length; r++)
            {
                int month = months[r];
                LocalDate reported = new YearMonth(2024, month).OnDayOfMonth(1).PlusMonths(1).PlusDays(-1);
                int round = firstRound + r;
                foreach (AdminArea area in areas)
                {
                    string code = area.Code.Value;
                    int total = Stock(rng, code, month);
                    double naturalShare = code is "NE002" or "NE005" or "ML06" ? 0.15 : 0.06;
                    int natural = (int)Math.Round(total * naturalShare, MidpointRounding.AwayFromZero);
                    int conflict = total - natural;
                    string name = alpha3 == "MLI" ? area.Name : area.NameEn;

                    // Sex breakdown only for Mali's conflict rows, always summing to at most the figure.
                    (int Males, int Females)? sex = alpha3 == "MLI" ? (conflict * 47 / 100, conflict - conflict * 47 / 100) : null;
                    WriteDtmRow(w, id++, country, name, code, conflict, reported, round, "Conflict", sex, "BA");
                    WriteDtmRow(w, id++, country, name, code, natural, reported, round, "Natural disaster", null, "BA");

                    // Site assessments overlap the baseline: a few rows so that "never add BA and SA" matters.
                    if (alpha3 == "NER" && code is "NE006" or "NE002" && month % 3 == 0)
                    {
                        int sites = (int)Math.Round(conflict * (0.38 + rng.NextDouble() * 0.06), MidpointRounding.AwayFromZero);
                        WriteDtmRow(w, id++, country, name, code, sites, reported, round, "Conflict", null, "SA");
                    }
                }
            }
        }
    }

    private static int Stock(Random rng, string code, int month)
    {
        int baseline = s_baseline.GetValueOrDefault(code, 1_000);
        double growth = s_growth.GetValueOrDefault(code, 0);
        double drift = 1 + (rng.NextDouble() - 0.5) * 0.04;
        return (int)Math.Round(baseline * Math.Pow(1 + growth, month - 1) * drift, MidpointRounding.AwayFromZero);
    }

    private static void WriteDtmRow(
        TextWriter w, int id, Country country, string admin1Name, string admin1Code, int idps, LocalDate reported, int round,
        string reason, (int Males, int Females)? sex, string assessment)
    {
        string males = sex is { } s1 ? s1.Males.ToString(CultureInfo.InvariantCulture) : "";
        string females = sex is { } s2 ? s2.Females.ToString(CultureInfo.InvariantCulture) : "";
        w.Write(string.Create(CultureInfo.InvariantCulture,
            $"{id},{Operation},{country.NameEn},{country.Alpha3},{admin1Name},{admin1Code},,,1,{idps},{reported:yyyy-MM-dd}T00:00:00,"));
        w.Write(string.Create(CultureInfo.InvariantCulture,
            $"{reported.Year},{reported.Month},{round},{reason},{males},{females},Not available,Not available,{assessment},Active\n"));
    }

    public static void WriteUnhcr(TextWriter w)
    {
        w.Write(UnhcrHeader);
        w.Write('\n');

        // (year, origin, asylum, refugees, asylum seekers, returned refugees, idps, returned idps). Synthetic, plausible orders of magnitude.
        // Burkina Faso's IDP figure is deliberately the same in 2023 and 2024: a stale figure, as in the real series.
        (int Year, string Coo, string Coa, int Ref, int Asy, int RetRef, int Idp, int RetIdp)[] rows =
        [
            (2022, "BFA", "BFA", 0, 0, 0, 1_881_500, 0),
            (2022, "MLI", "BFA", 34_100, 410, 450, 0, 0),
            (2022, "BFA", "MLI", 25_700, 0, 0, 0, 0),
            (2022, "MLI", "MLI", 0, 0, 0, 380_100, 64_600),
            (2022, "NER", "MLI", 18_200, 0, 0, 0, 0),
            (2022, "BFA", "NER", 0, 24_900, 0, 0, 0),
            (2022, "MLI", "NER", 65_700, 95, 60, 0, 0),
            (2022, "NER", "NER", 0, 0, 0, 376_800, 0),
            (2023, "BFA", "BFA", 0, 0, 0, 2_062_500, 0),
            (2023, "MLI", "BFA", 37_400, 420, 300, 0, 0),
            (2023, "BFA", "MLI", 27_900, 0, 0, 0, 0),
            (2023, "MLI", "MLI", 0, 0, 0, 375_500, 71_200),
            (2023, "NER", "MLI", 18_600, 0, 0, 0, 0),
            (2023, "BFA", "NER", 0, 31_600, 0, 0, 0),
            (2023, "MLI", "NER", 70_300, 110, 90, 0, 0),
            (2023, "NER", "NER", 0, 0, 0, 335_300, 0),
            (2024, "BFA", "BFA", 0, 0, 0, 2_062_500, 0),
            (2024, "MLI", "BFA", 38_900, 430, 280, 0, 0),
            (2024, "BFA", "MLI", 29_800, 0, 0, 0, 0),
            (2024, "MLI", "MLI", 0, 0, 0, 378_400, 73_900),
            (2024, "NER", "MLI", 19_100, 0, 0, 0, 0),
            (2024, "BFA", "NER", 0, 36_200, 0, 0, 0),
            (2024, "MLI", "NER", 73_800, 120, 70, 0, 0),
            (2024, "NER", "NER", 0, 0, 0, 507_400, 0),
        ];
        foreach ((int year, string coo, string coa, int refugees, int asylum, int returnedRefugees, int idps, int returnedIdps) in rows)
        {
            Country origin = Countries.FromAlpha3(coo);
            Country asylumCountry = Countries.FromAlpha3(coa);
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"{year},\"{origin.NameEn}\",\"{origin.UnhcrCode}\",\"{origin.Alpha3}\",\"{asylumCountry.NameEn}\",\"{asylumCountry.UnhcrCode}\",\"{asylumCountry.Alpha3}\","));
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"{refugees},{asylum},{returnedRefugees},{idps},{returnedIdps},0,0,,0\n"));
        }
    }
}
