namespace SahelReports.Import.Displacement;

/// <summary>The names of the formats <see cref="DisplacementImporter"/> recognises, as reported in
/// <see cref="FileImportSummary.Format"/>. The format is detected from the content, never from the file name.</summary>
public static class DisplacementFormats
{
    /// <summary>IOM DTM API v3 JSON: the envelope <c>{result, statusCode, isSuccess, errorMessages, totalRecordsCount}</c>.</summary>
    public const string DtmApiJson = "dtm-api-json";

    /// <summary>DTM's HDX CSV with an HXL row (<c>#affected+idps</c>, <c>#round+code</c>, <c>#assessment+type</c>, <c>#operation+name</c>…).</summary>
    public const string DtmHdxCsv = "dtm-hdx-csv";

    /// <summary>Any other HXL-tagged displacement table (CSV or JSON) with <c>#affected+idps</c>, <c>#affected+refugees</c>
    /// or <c>#affected+returnees</c>, such as a tagged national registry table.</summary>
    public const string Hxl = "hxl";

    /// <summary>HDX HAPI <c>idps</c> CSV.</summary>
    public const string HapiIdps = "hapi-idps";

    /// <summary>HDX HAPI <c>refugees-persons-of-concern</c> CSV.</summary>
    public const string HapiRefugees = "hapi-refugees";

    /// <summary>UNHCR population statistics CSV (<c>year, coo, coa, refugees, asylum_seekers, idps…</c>).</summary>
    public const string UnhcrPopulation = "unhcr-population";

    /// <summary>UNHCR's IDMC series CSV (<c>year, coo, coa, total</c>): IDPs according to IDMC.</summary>
    public const string UnhcrIdmc = "unhcr-idmc";

    /// <summary>A French national IDP table with text headers (<c>Région</c>, <c>Province</c>, <c>Date</c>,
    /// <c>Total PDIs</c>, <c>Ménages</c>…), such as Burkina Faso's CONASUR tables.</summary>
    public const string Conasur = "conasur";

    /// <summary>Not recognised.</summary>
    public const string Unknown = "unknown";
}
