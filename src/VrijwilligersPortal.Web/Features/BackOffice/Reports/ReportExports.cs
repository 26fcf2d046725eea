using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace VrijwilligersPortal.Web.Features.BackOffice.Reports;

/// <summary>
/// The report's tables as files: one table as CSV (semicolons and decimal commas, as Dutch Excel
/// opens it; text that starts like a formula is protected by CsvHelper) and all tables as one workbook with a sheet per table. Both write each figure's
/// <see cref="ReportValue.Text"/> or its number, so they say exactly what the page says.
/// </summary>
public static class ReportExports
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static byte[] Csv(Report report, ReportTable table, Func<string, string> text)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, FormatProvider = Dutch, Injection = CsvInjection.Escape }, true))
        {
            csv.WriteRecord(Headers(report, text));
            foreach (var row in table.Rows)
            {
                csv.WriteRecord([row.Label, row.Current.Text, row.Previous.Text, row.YearEarlier.Text, row.Definition ?? string.Empty]);
            }
        }

        return stream.ToArray();
    }

    public static byte[] Workbook(Report report, Func<string, string> text)
    {
        var headers = Headers(report, text);
        var sheets = new Dictionary<string, object>();
        foreach (var table in report.Tables)
        {
            sheets[SheetName(table.Key)] = table.Rows.Select(row => new Dictionary<string, object?>
            {
                [headers[0]] = row.Label,
                [headers[1]] = Cell(row.Current),
                [headers[2]] = Cell(row.Previous),
                [headers[3]] = Cell(row.YearEarlier),
                [headers[4]] = row.Definition ?? string.Empty,
            }).ToList();
        }

        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    /// <summary>Excel allows 31 characters in a sheet name.</summary>
    public static string SheetName(string key) => key.Length <= 31 ? key : key[..31];

    public static string FileName(Report report, string what, string extension) =>
        $"rapportage-{what}-{report.Period.Start:yyyy-MM-dd}-{report.Period.LastDay:yyyy-MM-dd}.{extension}";

    private static string[] Headers(Report report, Func<string, string> text) =>
    [
        text("Cijfer"),
        report.Period.Label,
        text("Vorige periode") + " (" + report.Previous.Label + ")",
        text("Jaar eerder") + " (" + report.YearEarlier.Label + ")",
        text("Wat telt mee"),
    ];

    /// <summary>A number stays a number in the workbook; "&lt; 5" and "–" stay text.</summary>
    private static object Cell(ReportValue value) =>
        value.Suppressed ? ReportValue.SmallNumber
        : value.Count is { } count ? count
        : value.IsPercent ? value.Text
        : value.Median is { } median ? median
        : value.Text;
}
