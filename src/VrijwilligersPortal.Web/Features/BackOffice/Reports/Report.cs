using System.Globalization;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.BackOffice.Reports;

/// <summary>
/// One figure in one column: a count, a number with one decimal (a median, an average), or nothing to say (no data for a median).
/// In a breakdown a count from 1 to 4 is shown as "&lt; 5" (<see cref="Suppressed"/>), so that a
/// report cannot point at one person; totals stay exact.
/// </summary>
public readonly record struct ReportValue(int? Count, double? Median, bool Suppressed, bool IsPercent = false)
{
    public const string SmallNumber = "< 5";


    public static ReportValue Of(int count) => new(count, null, false);

    public static ReportValue OfDecimal(double? median) => new(null, median is { } m ? Math.Round(m, 1) : null, false);

    /// <summary>A share in whole percents, "75 %".</summary>
    public static ReportValue OfPercent(double? percent) => new(null, percent is { } p ? Math.Round(p) : null, false, true);

    public ReportValue Protected() => Count is >= 1 and <= 4 ? new(null, null, true) : this;

    /// <summary>What the page, the CSV and the workbook show for it.</summary>
    public string Text => Suppressed ? SmallNumber
        : Count is { } count ? count.ToString("N0", DutchTime.Culture)
        : Median is { } percent && IsPercent ? percent.ToString("0", DutchTime.Culture) + " %"
        : Median is { } median ? median.ToString("0.0", DutchTime.Culture)
        : "–";
}

/// <summary>A line of a table: what is counted, its one-line definition, and the three periods.</summary>
public sealed record ReportRow(string Label, ReportValue Current, ReportValue Previous, ReportValue YearEarlier, string? Definition = null);

/// <summary>
/// One table of the report. <paramref name="Key"/> names its CSV and its workbook sheet;
/// a breakdown hides small numbers and gets a bar chart.
/// </summary>
public sealed record ReportTable(string Key, string Section, string Title, bool IsBreakdown, IReadOnlyList<ReportRow> Rows)
{
    public ReportTable Protect() => IsBreakdown
        ? this with { Rows = Rows.Select(r => r with { Current = r.Current.Protected(), Previous = r.Previous.Protected(), YearEarlier = r.YearEarlier.Protected() }).ToList() }
        : this;
}

/// <summary>A point of a line chart: a month and its counts.</summary>
public sealed record MonthPoint(string Label, int Applications, int Placements);

/// <summary>The whole report for one period and area, as the page, the exports and the annual report show it.</summary>
public sealed record Report(
    ReportPeriod Period,
    ReportPeriod Previous,
    ReportPeriod YearEarlier,
    string Area,
    IReadOnlyList<ReportTable> Tables,
    IReadOnlyList<MonthPoint> Months,
    IReadOnlyList<string> Stories)
{
    public ReportTable? Table(string key) => Tables.FirstOrDefault(t => t.Key == key);
}
