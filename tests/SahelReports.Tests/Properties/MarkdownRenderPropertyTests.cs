using CsCheck;
using SahelReports.Reporting;
using SahelReports.Tests.Shared;

namespace SahelReports.Tests.Properties;

/// <summary>Rendering never throws for any weekly report built from random valid data (tests/Shared/RandomReports.cs), and
/// text with line breaks (an actor named "Tab\tand\rcontrol…") never breaks the Markdown structure.</summary>
public sealed class MarkdownRenderPropertyTests
{
    [Fact]
    public void ToMarkdown_AnyRandomWeeklyReport_RendersTitleAndKeepsTablesWhole()
    {
        RandomReports.Reports.Sample(report =>
        {
            string markdown = report.ToMarkdown();

            Assert.StartsWith("# ", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain('\r', markdown);
            string[] lines = markdown.Split('\n');
            foreach (string line in lines.Where(l => l.StartsWith('|')))
            {
                Assert.EndsWith("|", line, StringComparison.Ordinal);
            }

            // Every table row has as many unescaped cell separators as its header row.
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith('|') && (i == 0 || !lines[i - 1].StartsWith('|')))
                {
                    int cells = Separators(lines[i]);
                    for (int j = i + 1; j < lines.Length && lines[j].StartsWith('|'); j++)
                    {
                        Assert.Equal(cells, Separators(lines[j]));
                    }
                }
            }
        }, iter: 100);
    }

    private static int Separators(string line)
    {
        int count = 0;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                count++;
            }
        }

        return count;
    }
}
