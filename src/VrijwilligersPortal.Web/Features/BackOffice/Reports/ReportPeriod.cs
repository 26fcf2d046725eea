using System.Globalization;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.BackOffice.Reports;

/// <summary>
/// A run of whole days in Europe/Amsterdam, from <see cref="Start"/> up to (not including)
/// <see cref="End"/>. An event belongs to the period when its moment, read on the Dutch clock,
/// falls on one of its days: 23:30 on the last day is inside, 00:30 the day after is not.
/// </summary>
public sealed record ReportPeriod(DateOnly Start, DateOnly End, string Label)
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    // Start and End are read-only (no `with`), so the two moments below, worked out once here,
    // always belong to them: the report tests every row against them, and converting through the
    // time zone for each test took most of a year's report.
    public DateOnly Start { get; } = Start;

    public DateOnly End { get; } = End;

    public DateOnly LastDay => End.AddDays(-1);

    public DateTimeOffset StartAt { get; } = StartOfDay(Start);

    public DateTimeOffset EndAt { get; } = StartOfDay(End);

    public bool Contains(DateTimeOffset at) => at >= StartAt && at < EndAt;

    public bool Contains(DateOnly day) => day >= Start && day < End;

    public static ReportPeriod Month(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new(start, start.AddMonths(1), start.ToString("MMMM yyyy", DutchTime.Culture));
    }

    public static ReportPeriod Quarter(int year, int quarter)
    {
        var start = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new(start, start.AddMonths(3), $"Q{quarter} {year}");
    }

    public static ReportPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1), year.ToString(CultureInfo.InvariantCulture));

    /// <summary>From the first to the last day, both included.</summary>
    public static ReportPeriod Between(DateOnly first, DateOnly last) =>
        new(first, last.AddDays(1), $"{first.ToString("d MMMM yyyy", DutchTime.Culture)} – {last.ToString("d MMMM yyyy", DutchTime.Culture)}");

    /// <summary>The period just before, of the same kind: the month, quarter or year before, or as many days before.</summary>
    public ReportPeriod Previous()
    {
        if (Start.Day == 1 && End.Day == 1)
        {
            var months = ((End.Year - Start.Year) * 12) + End.Month - Start.Month;
            return Relabel(new(Start.AddMonths(-months), Start, string.Empty));
        }

        var days = End.DayNumber - Start.DayNumber;
        return Relabel(new(Start.AddDays(-days), Start, string.Empty));
    }

    /// <summary>The same days a year earlier.</summary>
    public ReportPeriod YearEarlier() => Relabel(new(Start.AddYears(-1), End.AddYears(-1), string.Empty));

    private static ReportPeriod Relabel(ReportPeriod period)
    {
        var months = ((period.End.Year - period.Start.Year) * 12) + period.End.Month - period.Start.Month;
        if (period.Start.Day == 1 && period.End.Day == 1)
        {
            switch (months)
            {
                case 1:
                    return Month(period.Start.Year, period.Start.Month);
                case 3 when (period.Start.Month - 1) % 3 == 0:
                    return Quarter(period.Start.Year, ((period.Start.Month - 1) / 3) + 1);
                case 12 when period.Start.Month == 1:
                    return Year(period.Start.Year);
            }
        }

        return Between(period.Start, period.LastDay);
    }

    private static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local)).ToUniversalTime();
    }
}
