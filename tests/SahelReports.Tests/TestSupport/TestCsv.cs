using System.Text;

namespace SahelReports.Tests.TestSupport;

/// <summary>A deliberately simple CSV splitter, so tests count rows without the parser under test.</summary>
internal static class TestCsv
{
    /// <summary>
    /// Splits CSV text into records: at each line break outside double quotes (quote parity, so a quoted field may hold line
    /// breaks); empty lines are skipped. Each record can then go to <see cref="SplitLine"/>.
    /// </summary>
    public static IEnumerable<string> Records(string text)
    {
        int start = 0;
        bool quoted = false;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (i == text.Length || (text[i] == '\n' && !quoted))
            {
                string record = text[start..i].TrimEnd('\r');
                if (record.Length > 0)
                {
                    yield return record;
                }

                start = i + 1;
            }
        }
    }

    /// <summary>Splits one CSV line with optional double-quoted fields (no line breaks inside fields): an oracle independent of CsvHelper.</summary>
    public static string[] SplitLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
