using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Web.Features.Vacancies;

namespace VrijwilligersPortal.Web.Tests.Features.Vacancies;

/// <summary>"Dit weekend" on the Dutch clock: the coming Saturday–Sunday, or what is left of it, also across the changes of summer time.</summary>
public class SearchWeekendTests
{
    [Theory]
    [InlineData("2026-11-02T09:00:00Z", "2026-11-07", "2026-11-08")] // Monday
    [InlineData("2026-11-06T22:59:00Z", "2026-11-07", "2026-11-08")] // Friday 23:59 in Amsterdam
    [InlineData("2026-11-06T23:00:00Z", "2026-11-07", "2026-11-08")] // Saturday 00:00 in Amsterdam, still Friday in UTC
    [InlineData("2026-11-07T12:00:00Z", "2026-11-07", "2026-11-08")] // Saturday
    [InlineData("2026-11-08T12:00:00Z", "2026-11-08", "2026-11-08")] // Sunday: only today is left
    [InlineData("2026-11-08T23:30:00Z", "2026-11-14", "2026-11-15")] // Monday 00:30 in Amsterdam: the next weekend
    [InlineData("2026-10-24T22:30:00Z", "2026-10-25", "2026-10-25")] // Sunday 00:30 summer time, the night the clock goes back
    [InlineData("2026-10-25T23:30:00Z", "2026-10-31", "2026-11-01")] // Monday 00:30 winter time (UTC+1)
    [InlineData("2027-03-27T23:30:00Z", "2027-03-28", "2027-03-28")] // Sunday 00:30 winter time, the night the clock goes forward
    [InlineData("2027-03-28T22:30:00Z", "2027-04-03", "2027-04-04")] // Monday 00:30 summer time (UTC+2), still Sunday in UTC
    public void This_weekend_on_the_dutch_clock(string now, string from, string to)
    {
        var today = AmsterdamClock.Today(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        var weekend = VacancySearchRequest.Weekend(today);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), weekend.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), weekend.To);
    }
}
