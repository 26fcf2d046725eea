using VrijwilligersPortal.Web.Features.BackOffice.Reports;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice.Reports;

/// <summary>
/// What the report reads: the days of its three periods, with touching ones joined, and nothing
/// between them (a month's report read the thirteen months from a year earlier to now).
/// </summary>
public class ReportSpanTests
{
    private static IReadOnlyList<(DateOnly Start, DateOnly End)> SpansOf(ReportPeriod period) =>
        ReportQueries.Spans([period, period.Previous(), period.YearEarlier()]).Select(s => (s.Start, s.End)).ToList();

    [Fact]
    public void A_year_reads_itself_and_the_year_before_as_one_span()
    {
        Assert.Equal([(new DateOnly(2024, 1, 1), new DateOnly(2026, 1, 1))], SpansOf(ReportPeriod.Year(2025)));
    }

    [Fact]
    public void A_month_reads_the_same_month_a_year_earlier_and_the_two_months_now_not_the_months_between()
    {
        Assert.Equal(
            [(new DateOnly(2025, 10, 1), new DateOnly(2025, 11, 1)), (new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 1))],
            SpansOf(ReportPeriod.Month(2026, 10)));
    }

    [Fact]
    public void A_free_range_longer_than_half_a_year_overlaps_its_year_earlier_and_is_read_once()
    {
        var period = ReportPeriod.Between(new DateOnly(2025, 3, 1), new DateOnly(2026, 2, 28));

        var spans = SpansOf(period);

        // The previous run of 365 days ends where the period starts; the year earlier lies inside both.
        Assert.Equal([(new DateOnly(2024, 3, 1), new DateOnly(2026, 3, 1))], spans);
    }

    [Fact]
    public void A_quarter_reads_two_separate_spans()
    {
        Assert.Equal(
            [(new DateOnly(2025, 1, 1), new DateOnly(2025, 4, 1)), (new DateOnly(2025, 10, 1), new DateOnly(2026, 4, 1))],
            SpansOf(ReportPeriod.Quarter(2026, 1)));
    }
}
