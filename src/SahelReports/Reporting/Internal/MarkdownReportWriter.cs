using System.Text;
using NodaTime.Text;

namespace SahelReports.Reporting.Internal;

/// <summary>Writes a report as Markdown; one instance per rendering.</summary>
internal sealed class MarkdownReportWriter : IReportBlockVisitor<bool>
{
    private readonly SituationReport _report;
    private readonly TextWriter _w;
    private readonly ReportLanguage _lang;

    public MarkdownReportWriter(SituationReport report, TextWriter writer)
    {
        _report = report;
        _w = writer;
        _lang = report.Metadata.Language;
    }

    public void Write()
    {
        ReportMetadata m = _report.Metadata;
        Line($"# {Escape(m.Title)}");
        Line();
        var facts = new List<string> { $"**{Escape(m.Area)}**" };
        if (m.ReportNumber is { } number)
        {
            facts.Add(Escape(ReportStrings.Format("ReportNumber", _lang, number)));
        }

        facts.Add(Escape(ReportStrings.Format("Period", _lang, $"{ReportFormatter.FormatDateRange(m.Period, _lang)} ({m.PeriodLabel})")));
        facts.Add(Escape(ReportStrings.Format("AsOf", _lang, ReportFormatter.FormatDate(m.AsOf, _lang))));
        Line(string.Join(" · ", facts));
        Line();
        string publisher = ReportStrings.Format("PublishedBy", _lang, m.Publisher.Name);
        Line(m.Publisher.ContactLine is { } contact ? $"{Escape(publisher)} · {Escape(contact)}" : Escape(publisher));
        Line();

        if (_report.KeyFigures.Count > 0)
        {
            WriteKeyFigures();
        }

        if (_report.Highlights.Count > 0)
        {
            Line($"## {Escape(ReportStrings.Get("Highlights", _lang))}");
            Line();
            foreach (RichText highlight in _report.Highlights)
            {
                Line($"- {Rich(highlight)}");
            }

            Line();
        }

        foreach (ReportSection section in _report.Sections)
        {
            Line($"## {Escape(section.Title)}");
            Line();
            foreach (ReportBlock block in section.Blocks)
            {
                block.Accept(this);
            }
        }

        if (_report.Sources.Count > 0)
        {
            Line($"## {Escape(ReportStrings.Get("Sources", _lang))}");
            Line();
            foreach (SourceReference source in _report.Sources)
            {
                var sb = new StringBuilder("- **").Append(Escape(source.Name)).Append("**");
                if (source.Description is { } d)
                {
                    sb.Append(" — ").Append(Escape(d));
                }

                if (source.Date is { } date)
                {
                    sb.Append(" (").Append(ReportFormatter.FormatDate(date, _lang)).Append(')');
                }

                if (source.Url is { } url)
                {
                    sb.Append(" <").Append(url).Append('>');
                }

                Line(sb.ToString());
            }

            Line();
        }

        string generated = InstantPattern.General.Format(m.GeneratedAt);
        Line($"_{Escape(ReportStrings.Format("GeneratedOn", _lang, generated))}_");
    }

    public bool Visit(HeadingBlock block)
    {
        Line($"{new string('#', Math.Clamp(block.Level + 1, 3, 6))} {Escape(block.Text)}");
        Line();
        return true;
    }

    public bool Visit(ParagraphBlock block)
    {
        Line(Rich(block.Text));
        Line();
        return true;
    }

    public bool Visit(BulletListBlock block)
    {
        foreach (RichText item in block.Items)
        {
            Line($"- {Rich(item)}");
        }

        Line();
        return true;
    }

    public bool Visit(TableBlock block)
    {
        if (block.Caption is { } caption)
        {
            Line($"**{Escape(caption)}**");
            Line();
        }

        Line("| " + string.Join(" | ", block.Columns.Select(c => Cell(c.Header))) + " |");
        Line("|" + string.Join("|", block.Columns.Select(c => c.IsNumeric ? "---:" : ":---")) + "|");
        foreach (IReadOnlyList<TableCell> row in block.Rows)
        {
            Line("| " + string.Join(" | ", row.Select((cell, i) => Cell(cell.Format(_lang, block.Columns[i].Decimals)))) + " |");
        }

        if (block.Totals is { } totals)
        {
            Line("| " + string.Join(" | ", totals.Select((cell, i) => cell.IsEmpty ? string.Empty : $"**{Cell(cell.Format(_lang, block.Columns[i].Decimals))}**")) + " |");
        }

        Line();
        if (block.Note is { } note)
        {
            Line($"_{Escape(note)}_");
            Line();
        }

        return true;
    }

    public bool Visit(ChartBlock block)
    {
        // Markdown cannot draw: the chart's data is written as a table, categories down the side.
        Line($"**{Escape(block.Title)}**");
        Line();
        Line("| " + Cell(block.XAxisTitle ?? string.Empty) + " | " + string.Join(" | ", block.Series.Select(s => Cell(s.Name))) + " |");
        Line("|:---|" + string.Join("|", block.Series.Select(_ => "---:")) + "|");
        for (int i = 0; i < block.Categories.Count; i++)
        {
            Line("| " + Cell(block.Categories[i]) + " | " + string.Join(" | ", block.Series.Select(s => FormatNumber(s.Values[i]))) + " |");
        }

        Line();
        if (block.Note is { } note)
        {
            Line($"_{Escape(note)}_");
            Line();
        }

        return true;
    }

    public bool Visit(MapBlock block)
    {
        Line($"**{Escape(block.Title)}**");
        Line();
        if (block.AreaValues.Count > 0)
        {
            Line($"| P-code | | {Cell(block.ValueLabel ?? string.Empty)} |");
            Line("|:---|:---|---:|");
            foreach (MapAreaValue v in block.AreaValues.OrderByDescending(v => v.Value).ThenBy(v => v.Area))
            {
                string date = v.Date is { } d ? $" ({ReportFormatter.FormatDate(d, _lang)})" : string.Empty;
                Line($"| {v.Area} | {Cell(v.Name)} | {FormatNumber(v.Value)}{date} |");
            }

            Line();
        }

        if (block.Note is { } note)
        {
            Line($"_{Escape(note)}_");
            Line();
        }

        return true;
    }

    public bool Visit(CalloutBlock block)
    {
        if (block.Title is { } title)
        {
            Line($"> **{Escape(title)}**");
            Line(">");
        }

        for (int i = 0; i < block.Items.Count; i++)
        {
            Line($"> {Rich(block.Items[i])}");
            if (i < block.Items.Count - 1)
            {
                Line(">");
            }
        }

        Line();
        return true;
    }

    public bool Visit(FootnoteBlock block)
    {
        Line($"<sub>{Rich(block.Text)}</sub>");
        Line();
        return true;
    }

    public bool Visit(ImageBlock block)
    {
        Line($"_[{Escape(block.Image.AltText)}]_");
        if (block.Caption is { } caption)
        {
            Line(Escape(caption));
        }

        Line();
        return true;
    }

    private void WriteKeyFigures()
    {
        Line($"## {Escape(ReportStrings.Get("KeyFigures", _lang))}");
        Line();
        foreach (KeyFigure f in _report.KeyFigures)
        {
            var sb = new StringBuilder("- **").Append(ReportFormatter.FormatInteger(f.Value, _lang)).Append("** ").Append(Escape(f.Label));
            if (f.Change is { } change)
            {
                string text = ReportFormatter.FormatChange(change, _lang);
                if (f.RelativeChange is { } rel)
                {
                    text += ", " + ReportFormatter.FormatPercent(rel, 0, _lang, signed: true);
                }

                sb.Append(" (").Append(Escape(ReportStrings.Format("ChangeVsPrevious", _lang, text))).Append(')');
            }

            if (f.Date is { } date)
            {
                sb.Append(", ").Append(Escape(ReportStrings.Format("FigureDate", _lang, ReportFormatter.FormatDate(date, _lang))));
            }

            if (f.Source is { } source)
            {
                sb.Append(" — ").Append(Escape(source));
            }

            if (f.Note is { } note)
            {
                sb.Append(" _(").Append(Escape(note)).Append(")_");
            }

            Line(sb.ToString());
        }

        Line();
    }

    private string FormatNumber(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15 ? ReportFormatter.FormatInteger((long)value, _lang) : ReportFormatter.FormatDecimal(value, 1, _lang);

    private static string Rich(RichText text)
    {
        var sb = new StringBuilder();
        foreach (TextRun run in text.Runs)
        {
            string t = Escape(run.Text);
            if (run.LinkUrl is { } url)
            {
                t = $"[{t}]({url})";
            }

            if (run.Style.HasFlag(TextStyle.Strong))
            {
                t = $"**{t}**";
            }

            if (run.Style.HasFlag(TextStyle.Emphasis))
            {
                t = $"_{t}_";
            }

            sb.Append(t);
        }

        return sb.ToString();
    }

    private static string Cell(string text) => Escape(text).Replace("\n", " ", StringComparison.Ordinal);

    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                sb.Append('\\');
            }

            sb.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return sb.ToString();
    }

    private void Line(string text = "") => _w.Write(text + "\n");
}
