using SahelReports.Hxl;
using SahelReports.Import;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Hxl;

public sealed class HxlReaderTests
{
    [Theory]
    [InlineData("#affected+idps+hh", "#affected+hh+idps")]
    [InlineData("#Affected +HH+ idps", "#affected+hh+idps")]
    [InlineData("#adm1+name+i_fr", "#adm1+i_fr+name")]
    public void Hashtag_Parse_NormalisesCaseAndOrder(string text, string expected) =>
        Assert.Equal(expected, HxlHashtag.Parse(text).ToString());

    [Theory]
    [InlineData("country")]
    [InlineData("#")]
    [InlineData("#1abc")]
    [InlineData("#adm1+")]
    [InlineData("#adm1 name")]
    public void Hashtag_TryParse_RejectsNonTags(string text) => Assert.False(HxlHashtag.TryParse(text, out _));

    [Fact]
    public void Hashtag_Language_FromIAttribute()
    {
        Assert.Equal("fr", HxlHashtag.Parse("#adm1+name+i_fr").Language);
        Assert.Null(HxlHashtag.Parse("#adm1+name").Language);
        Assert.Equal(HxlHashtag.Parse("#adm1+I_EN+Name"), HxlHashtag.Parse("#adm1+name+i_en"));
    }

    [Fact]
    public void Pattern_IncludeExclude()
    {
        HxlTagPattern p = HxlTagPattern.Parse("#Affected+IDPS-hh");
        Assert.True(p.Matches(HxlHashtag.Parse("#affected+ind+idps")));
        Assert.False(p.Matches(HxlHashtag.Parse("#affected+idps+hh")));
        Assert.False(p.Matches(HxlHashtag.Parse("#affected+refugees")));
        Assert.False(p.Matches(HxlHashtag.Parse("#population+idps")));
    }

    [Fact]
    public void TryReadCsv_TagRowThirdLine_HeadersAndUntaggedColumns()
    {
        const string csv = "Title line,,\nRegion,Notes,IDPs\n#adm1+name,,#affected+idps\nMopti,x,12\n,,\nSégou,y,\"1\n\"\n";
        Assert.True(HxlReader.TryReadCsv(new StringReader(csv), out HxlTable? table, out _));
        Assert.Equal(3, table.TagRowLine);
        Assert.Equal(2, table.Columns.Count);
        Assert.Equal("IDPs", table.Columns[1].Header);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(4, table.Rows[0].LineNumber);
        Assert.Equal("12", table.Rows[0].Get("#affected+idps"));
        Assert.Equal(6, table.Rows[1].LineNumber);
        Assert.Equal("1", table.Rows[1].Get("#affected+idps"));
    }

    [Fact]
    public void TryReadCsv_TagRowBeyond25_NotFound()
    {
        string csv = string.Concat(Enumerable.Repeat("a,b\n", 25)) + "#adm1,#affected\nx,1\n";
        Assert.False(HxlReader.TryReadCsv(new StringReader(csv), out _, out string? error));
        Assert.Contains("first 25 rows", error, StringComparison.Ordinal);
    }

    [Fact]
    public void IsTagRow_HalfHashtags_Counts()
    {
        Assert.True(HxlReader.IsTagRow(["#a", "b", "", ""]));
        Assert.False(HxlReader.IsTagRow(["#a", "b", "c"]));
        Assert.False(HxlReader.IsTagRow(["", " "]));
    }

    [Theory]
    [InlineData("input-valid.csv")]
    [InlineData("input-valid.ssv")]
    [InlineData("input-valid.tsv")]
    [InlineData("input-valid.hxl")]
    [InlineData("input-valid-latin1.csv")]
    [InlineData("input-valid.json")]
    [InlineData("input-valid-json.txt")]
    [InlineData("input-valid-objects.json")]
    [InlineData("input-valid-nested.json")]
    public void ReadFile_ReferenceCorpusValid_ReadsSameTable(string file)
    {
        string path = TestPaths.SharedDataOrSkip("hxl", "test_io", file);
        var issues = new List<ImportIssue>();

        HxlTable? table = HxlReader.ReadFile(path, issues);

        Assert.NotNull(table);
        Assert.DoesNotContain(issues, i => i.Severity >= IssueSeverity.Error);
        Assert.Equal(
            ["#sector+es", "#subsector+es", "#org+es", "#targeted+f", "#targeted+m", "#country", "#adm1", "#date+reported"],
            table.Columns.Select(c => c.Hashtag.ToString()));
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal("UNICEF", table.Rows[2].Get("#org"));
        Assert.Equal("Chocó", table.Rows[2].Get("#adm1"));
        Assert.Equal("300", table.Rows[2].Get("#targeted+m"));
        Assert.Equal("1 March 2015", table.Rows[0].Get("#date+reported"));
        Assert.Equal(file.Contains("latin1", StringComparison.Ordinal), issues.Any(i => i.Code == ImportIssueCodes.EncodingFallback));
    }

    [Fact]
    public void ReadFile_Fuzzy_TagRowFoundUntaggedCellsIgnored()
    {
        string path = TestPaths.SharedDataOrSkip("hxl", "test_io", "input-fuzzy.csv");
        HxlTable? table = HxlReader.ReadFile(path, []);
        Assert.NotNull(table);
        Assert.Equal(5, table.Columns.Count);
        Assert.Null(table.FindColumn("#country"));
        Assert.Equal(2, table.FindColumns(HxlTagPattern.Parse("#targeted+f")).Count);
    }

    [Theory]
    [InlineData("input-invalid.csv", ImportIssueCodes.HxlNoTagRow)]
    [InlineData("input-untagged.csv", ImportIssueCodes.HxlNoTagRow)]
    [InlineData("input-untagged.json", ImportIssueCodes.HxlNoTagRow)]
    [InlineData("input-untagged-objects.json", ImportIssueCodes.HxlNoTagRow)]
    [InlineData("input-notag1.html", ImportIssueCodes.HxlNoTagRow)]
    [InlineData("input-valid.xlsx", ImportIssueCodes.NotCsv)]
    [InlineData("input-invalid.png", ImportIssueCodes.NotCsv)]
    public void ReadFile_ReferenceCorpusInvalid_FatalIssueNoThrow(string file, string code)
    {
        string path = TestPaths.SharedDataOrSkip("hxl", "test_io", file);
        var issues = new List<ImportIssue>();
        Assert.Null(HxlReader.ReadFile(path, issues));
        Assert.Contains(issues, i => i.Code == code && i.Severity == IssueSeverity.Fatal);
    }

    [Fact]
    public void ReadFile_MultipleHeaders_UsesRowAboveTags()
    {
        string path = TestPaths.SharedDataOrSkip("hxl", "test_io", "input-multiple-headers.csv");
        HxlTable? table = HxlReader.ReadFile(path, []);
        Assert.NotNull(table);
        Assert.Equal(["Org", "Province", "Number affected"], table.Columns.Select(c => c.Header));
        Assert.Equal(["100", "200"], table.Rows.Select(r => r.Get("#affected")));
    }

    [Fact]
    public void ReadFile_JsonSelector_FirstArrayProperty()
    {
        string path = TestPaths.SharedDataOrSkip("hxl", "test_io", "input-valid-json-selector.json");
        HxlTable? table = HxlReader.ReadFile(path, []);
        Assert.NotNull(table);
        Assert.Equal("Coast", Assert.Single(table.Rows).Get("#adm1"));
    }

    [Fact]
    public void ReadFile_Multiline_QuotedLineBreaksKept()
    {
        string path = TestPaths.SharedDataOrSkip("hxl", "test_io", "input-multiline.csv");
        HxlTable? table = HxlReader.ReadFile(path, []);
        Assert.NotNull(table);
        Assert.Equal("Line 1\nLine 2\nLine 3", Assert.Single(table.Rows).Get("#description"));
    }
}
