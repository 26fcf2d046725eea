using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Volunteers;

namespace VrijwilligersPortal.Domain.Tests;

public class ValueTests
{
    [Fact]
    public void A_week_schedule_knows_its_slots_and_overlap()
    {
        var volunteer = WeekSchedule.Of((DayOfWeek.Tuesday, DayPart.Morning), (DayOfWeek.Saturday, DayPart.Afternoon));
        var vacancy = WeekSchedule.Of((DayOfWeek.Tuesday, DayPart.Morning), (DayOfWeek.Tuesday, DayPart.Evening));

        Assert.True(volunteer.Has(DayOfWeek.Tuesday, DayPart.Morning));
        Assert.False(volunteer.Has(DayOfWeek.Tuesday, DayPart.Evening));
        Assert.Equal([(DayOfWeek.Tuesday, DayPart.Morning)], volunteer.Intersect(vacancy).Slots());
        Assert.True(volunteer.Overlaps(vacancy));
        Assert.Equal(2, volunteer.SlotCountSet);
    }

    [Fact]
    public void Monday_morning_is_the_first_slot_and_sunday_evening_the_last()
    {
        Assert.Equal(1, WeekSchedule.Of((DayOfWeek.Monday, DayPart.Morning)).Bits);
        Assert.Equal(1 << 20, WeekSchedule.Of((DayOfWeek.Sunday, DayPart.Evening)).Bits);
        Assert.Equal(WeekSchedule.SlotCount, WeekSchedule.Anytime.Slots().Count());
    }

    [Fact]
    public void A_schedule_from_bits_outside_the_week_is_refused()
    {
        Assert.Equal("Dit is geen geldig weekrooster.", Assert.Throws<DomainException>(() => WeekSchedule.FromBits(1 << 21)).Message);
    }

    [Fact]
    public void Distances_are_great_circle_kilometres()
    {
        var utrecht = new GeoPoint(52.0886, 5.1174);
        var amsterdam = new GeoPoint(52.3735, 4.8951);
        var bilzen = new GeoPoint(50.8733, 5.5184);

        Assert.Equal(35.1, utrecht.DistanceKmTo(amsterdam), 1);
        Assert.Equal(138.0, utrecht.DistanceKmTo(bilzen), 1);
        Assert.Equal(0, utrecht.DistanceKmTo(utrecht), 6);
    }

    [Fact]
    public void A_day_and_daypart_read_as_one_dutch_word()
    {
        Assert.Equal("dinsdagochtend", DutchNames.Of(DayOfWeek.Tuesday, DayPart.Morning));
    }

    [Fact]
    public void Consent_to_be_proposed_is_off_until_given_and_records_when_it_changed()
    {
        var volunteer = Volunteer.ForAccount(Guid.NewGuid(), "Sanne", "sanne@example.nl", Build.Now);
        Assert.False(volunteer.ConsentToBeProposed);

        volunteer.SetConsentToBeProposed(true, Build.Now.AddDays(1));
        volunteer.SetConsentToBeProposed(true, Build.Now.AddDays(2));

        Assert.True(volunteer.ConsentToBeProposed);
        Assert.Equal(Build.Now.AddDays(1), volunteer.ConsentChangedAt);
    }

    [Fact]
    public void Erasing_a_volunteer_removes_everything_that_identifies_the_person()
    {
        var volunteer = Volunteer.ForAccount(Guid.NewGuid(), "Sanne", "sanne@example.nl", Build.Now);
        volunteer.SetLocation("3581", new GeoPoint(52.09, 5.13), 10);
        volunteer.SetBirthYear(1990, 2026);
        volunteer.SetConsentToBeProposed(true, Build.Now);

        volunteer.Erase(Build.Now.AddDays(1));

        Assert.True(volunteer.IsErased);
        Assert.Null(volunteer.UserId);
        Assert.Equal(string.Empty, volunteer.Name);
        Assert.Null(volunteer.Email);
        Assert.Null(volunteer.Postcode);
        Assert.Null(volunteer.Location);
        Assert.Null(volunteer.BirthYear);
        Assert.False(volunteer.ConsentToBeProposed);
    }
}
