using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Hours;

namespace VrijwilligersPortal.Domain.Tests.Hours;

public class HourEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Monday = new(2026, 10, 26);

    [Fact]
    public void Hours_of_an_attended_shift_are_confirmed_at_once_in_real_minutes()
    {
        var entry = HourEntry.FromShift(1, 2, 3, 4, Monday, TimeSpan.FromHours(3.5), Guid.NewGuid(), Now);

        Assert.Equal(HourStatus.Confirmed, entry.Status);
        Assert.Equal(210, entry.Minutes);
        Assert.Equal(3.5m, entry.Hours);
    }

    [Fact]
    public void Logged_hours_wait_for_the_organisation_which_may_correct_them()
    {
        var entry = HourEntry.Log(1, 2, 3, Monday, Monday.AddDays(6), 8 * 60, "Moestuin", Now);
        Assert.Equal(HourStatus.Logged, entry.Status);

        entry.Confirm(6 * 60, Guid.NewGuid(), Now);

        Assert.Equal(HourStatus.Confirmed, entry.Status);
        Assert.Equal(360, entry.Minutes);
        Assert.Equal(480, entry.LoggedMinutes);
        Assert.Throws<DomainException>(() => entry.Confirm(null, Guid.NewGuid(), Now));
    }

    [Theory]
    [InlineData(0, 6, 0, "Geef een aantal uren groter dan 0 en hoogstens 168.")]
    [InlineData(0, 0, 25 * 60, "Geef een aantal uren groter dan 0 en hoogstens 24.")]
    [InlineData(6, 0, 60, "Het einde van de periode ligt niet vóór het begin.")]
    [InlineData(0, 40, 60, "Geef uren per week of maand op: hoogstens 31 dagen.")]
    [InlineData(14, 15, 60, "Uren schrijf je voor een periode die al begonnen is.")]
    public void Bad_hours_are_refused_in_dutch(int fromDay, int toDay, int minutes, string message)
    {
        var refusal = Assert.Throws<DomainException>(() => HourEntry.Log(1, 2, 3, Monday.AddDays(fromDay), Monday.AddDays(toDay), minutes, null, Now));

        Assert.Equal(message, refusal.Message);
    }

    [Fact]
    public void Anonymising_keeps_the_figure_and_drops_the_note_and_the_sign_up()
    {
        var entry = HourEntry.FromShift(1, 2, 3, 4, Monday, TimeSpan.FromHours(2), Guid.NewGuid(), Now);

        entry.Anonymise();

        Assert.Null(entry.ShiftSignUpId);
        Assert.Equal(120, entry.Minutes);
    }

    [Theory]
    [InlineData("Sanne de Vries", "S. de V.")]
    [InlineData("Mohammed El Amrani", "M. el A.")]
    [InlineData("anna", "A.")]
    public void A_certificate_shows_initials_only(string name, string initials)
    {
        var certificate = Certificate.Issue("ABCD-EFGH-JKMN", 1, name, Monday, Monday.AddDays(6), 90, Now);

        Assert.Equal(initials, certificate.Initials);
        Assert.Equal(1.5m, certificate.Hours);
    }

    [Fact]
    public void A_certificate_without_confirmed_hours_is_refused()
    {
        Assert.Equal("In deze periode zijn geen bevestigde uren.", Assert.Throws<DomainException>(() => Certificate.Issue("ABCD-EFGH-JKMN", 1, "Sanne", Monday, Monday, 0, Now)).Message);
    }
}
