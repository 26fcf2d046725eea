using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Matching;

namespace VrijwilligersPortal.Domain.Tests.Matching;

public class MatchAlertTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_daily_alert_is_due_a_day_after_it_was_switched_on_and_after_each_run()
    {
        var alert = MatchAlert.SwitchOn(1, AlertFrequency.Daily, 55, Monday);

        Assert.False(alert.IsDue(Monday.AddHours(23)));
        Assert.True(alert.IsDue(Monday.AddDays(1)));

        alert.MarkCovered(Monday.AddDays(1), sent: false);

        Assert.False(alert.IsDue(Monday.AddDays(1).AddHours(12)));
        Assert.True(alert.IsDue(Monday.AddDays(2)));
        Assert.Null(alert.LastSentAt);
    }

    [Fact]
    public void A_weekly_alert_waits_seven_days()
    {
        var alert = MatchAlert.SwitchOn(1, AlertFrequency.Weekly, 55, Monday);

        Assert.False(alert.IsDue(Monday.AddDays(6.9)));
        Assert.True(alert.IsDue(Monday.AddDays(7)));
    }

    [Fact]
    public void Changing_the_cadence_keeps_what_was_covered()
    {
        var alert = MatchAlert.SwitchOn(1, AlertFrequency.Weekly, 55, Monday);
        alert.MarkCovered(Monday.AddDays(7), sent: true);

        alert.Change(AlertFrequency.Daily, 70, Monday.AddDays(8));

        Assert.Equal(Monday.AddDays(7), alert.CoveredUntil);
        Assert.Equal(Monday.AddDays(7), alert.LastSentAt);
        Assert.Equal(70, alert.Threshold);
        Assert.True(alert.IsDue(Monday.AddDays(8)));
    }

    [Theory]
    [InlineData(19)]
    [InlineData(91)]
    public void A_threshold_outside_the_range_is_refused(int threshold)
    {
        var refusal = Assert.Throws<DomainException>(() => MatchAlert.SwitchOn(1, AlertFrequency.Daily, threshold, Monday));

        Assert.Equal("Kies een drempel tussen 20 en 90.", refusal.Message);
    }

    [Fact]
    public void Coverage_never_goes_back_in_time()
    {
        var alert = MatchAlert.SwitchOn(1, AlertFrequency.Daily, 55, Monday);

        Assert.Equal("Een melding kan niet terug in de tijd.", Assert.Throws<DomainException>(() => alert.MarkCovered(Monday.AddHours(-1), sent: false)).Message);
    }
}
