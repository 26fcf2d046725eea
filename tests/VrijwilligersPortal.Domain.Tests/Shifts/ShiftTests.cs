using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Shifts;

namespace VrijwilligersPortal.Domain.Tests.Shifts;

public class ShiftTests
{
    // Monday 2 November 2026, 10:00 in Amsterdam (winter time, UTC+1).
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Saturday = new(2026, 11, 7);
    private static readonly SignUpDetails Details = new(ContactPreference.Email, null);

    private static ShiftPlan Morning(int places = 2, DateOnly? date = null) => new(date ?? Saturday, new TimeOnly(9, 0), new TimeOnly(12, 30), null, places);

    private static Shift NewShift(int places = 2, bool needsApproval = false) => Shift.Plan(1, Morning(places), needsApproval, Now);

    [Fact]
    public void A_shift_is_planned_on_the_dutch_clock_and_stored_as_a_moment()
    {
        var shift = NewShift();

        Assert.Equal(new DateTimeOffset(2026, 11, 7, 8, 0, 0, TimeSpan.Zero), shift.StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 7, 11, 30, 0, TimeSpan.Zero), shift.EndsAt);
        Assert.Equal(TimeSpan.FromHours(3.5), shift.Duration);
    }

    [Fact]
    public void Summer_time_shifts_the_moment_and_a_night_shift_across_the_change_is_an_hour_shorter_or_longer()
    {
        var summer = Shift.Plan(1, Morning(date: new DateOnly(2027, 6, 5)), false, Now);
        Assert.Equal(new DateTimeOffset(2027, 6, 5, 7, 0, 0, TimeSpan.Zero), summer.StartsAt);

        // The clock goes forward at 02:00 on 28 March 2027: 01:00–04:00 lasts two hours.
        var forward = Shift.Plan(1, new ShiftPlan(new DateOnly(2027, 3, 28), new TimeOnly(1, 0), new TimeOnly(4, 0), null, 1), false, Now);
        Assert.Equal(TimeSpan.FromHours(2), forward.Duration);

        // The clock goes back at 03:00 on 31 October 2027: 01:00–04:00 lasts four hours.
        var back = Shift.Plan(1, new ShiftPlan(new DateOnly(2027, 10, 31), new TimeOnly(1, 0), new TimeOnly(4, 0), null, 1), false, Now);
        Assert.Equal(TimeSpan.FromHours(4), back.Duration);
    }

    [Fact]
    public void A_time_that_does_not_exist_when_the_clock_goes_forward_is_refused_in_dutch()
    {
        var missing = new ShiftPlan(new DateOnly(2027, 3, 28), new TimeOnly(2, 30), new TimeOnly(5, 0), null, 1);

        var refusal = Assert.Throws<DomainException>(() => Shift.Plan(1, missing, false, Now));

        Assert.Equal("02:30 bestaat niet op 28-03-2027: dan gaat de klok een uur vooruit.", refusal.Message);
    }

    [Theory]
    [InlineData(0, 9, 12, 0, "Het aantal plaatsen is 1 tot en met 500.")]
    [InlineData(2, 12, 9, 0, "De eindtijd ligt na de begintijd.")]
    [InlineData(2, 9, 12, -10, "Deze dienst ligt in het verleden.")]
    [InlineData(2, 9, 12, 365 * 974, "Kies een datum binnen 2 jaar.")]
    public void Bad_plans_are_refused_in_dutch(int places, int startHour, int endHour, int daysFromSaturday, string message)
    {
        var plan = new ShiftPlan(Saturday.AddDays(daysFromSaturday), new TimeOnly(startHour, 0), new TimeOnly(endHour, 0), null, places);

        Assert.Equal(message, Assert.Throws<DomainException>(() => Shift.Plan(1, plan, false, Now)).Message);
    }

    [Fact]
    public void Copying_a_pattern_makes_every_shift_on_every_date_and_refuses_all_when_one_is_wrong()
    {
        var pattern = new[] { Morning(4), new ShiftPlan(Saturday, new TimeOnly(13, 0), new TimeOnly(16, 30), "Schuur", 4) };
        var dates = new[] { Saturday, Saturday.AddDays(7), Saturday.AddDays(14) };

        var shifts = Shift.CopyPattern(1, pattern, dates, needsApproval: false, Now);

        Assert.Equal(6, shifts.Count);
        Assert.Equal(3, shifts.Count(s => s.StartTime == new TimeOnly(13, 0) && s.Place == "Schuur"));
        Assert.Equal(dates, shifts.Select(s => s.Date).Distinct());
        Assert.Throws<DomainException>(() => Shift.CopyPattern(1, pattern, [Saturday, Saturday.AddDays(-30)], false, Now));
    }

    [Fact]
    public void Places_go_in_order_and_the_rest_wait_then_a_cancellation_moves_the_first_waiting_up()
    {
        var shift = NewShift(places: 1);

        var first = shift.SignUp(1, Details, [], Now);
        var second = shift.SignUp(2, Details, [], Now.AddMinutes(1));
        var third = shift.SignUp(3, Details, [], Now.AddMinutes(2));

        Assert.Equal(ShiftSignUpStatus.Confirmed, first.Status);
        Assert.Equal(ShiftSignUpStatus.Waiting, second.Status);
        Assert.Equal(0, shift.PlacesLeft);
        var movedUp = shift.CancelSignUp(1, Now.AddHours(1));
        Assert.Same(second, movedUp);
        Assert.Equal(ShiftSignUpStatus.Confirmed, second.Status);
        Assert.Equal(ShiftSignUpStatus.Waiting, third.Status);
        Assert.Null(shift.CancelSignUp(3, Now.AddHours(2)));
    }

    [Fact]
    public void With_approval_a_sign_up_holds_a_place_until_the_organisation_decides_and_a_decline_moves_the_next_up()
    {
        var shift = NewShift(places: 1, needsApproval: true);
        var first = shift.SignUp(1, Details, [], Now);
        var second = shift.SignUp(2, Details, [], Now.AddMinutes(1));
        SetId(first, 11);
        SetId(second, 12);

        Assert.Equal(ShiftSignUpStatus.Pending, first.Status);
        Assert.Equal(ShiftSignUpStatus.Waiting, second.Status);
        var movedUp = shift.Decline(11, Now.AddHours(1));
        Assert.Same(second, movedUp);
        Assert.Equal(ShiftSignUpStatus.Pending, second.Status);
        shift.Approve(12, Now.AddHours(2));
        Assert.Equal(ShiftSignUpStatus.Confirmed, second.Status);
        Assert.Throws<DomainException>(() => shift.Approve(12, Now.AddHours(3)));
    }

    [Fact]
    public void A_volunteer_cannot_take_two_overlapping_shifts_but_may_take_the_next_one()
    {
        var morning = NewShift();
        var overlapping = Shift.Plan(1, new ShiftPlan(Saturday, new TimeOnly(12, 0), new TimeOnly(14, 0), null, 2), false, Now);
        var afternoon = Shift.Plan(1, new ShiftPlan(Saturday, new TimeOnly(12, 30), new TimeOnly(16, 30), null, 2), false, Now);
        morning.SignUp(1, Details, [], Now);
        var taken = new[] { (morning.StartsAt, morning.EndsAt) };

        var refusal = Assert.Throws<DomainException>(() => overlapping.SignUp(1, Details, taken, Now));

        Assert.Equal("Je bent al aangemeld voor een dienst die op hetzelfde moment valt.", refusal.Message);
        Assert.Equal(ShiftSignUpStatus.Confirmed, afternoon.SignUp(1, Details, taken, Now).Status);
    }

    [Fact]
    public void Signing_up_twice_after_the_start_or_for_a_cancelled_shift_is_refused()
    {
        var shift = NewShift();
        shift.SignUp(1, Details, [], Now);

        Assert.Equal("Je bent al aangemeld voor deze dienst.", Assert.Throws<DomainException>(() => shift.SignUp(1, Details, [], Now)).Message);
        Assert.Throws<DomainException>(() => shift.SignUp(2, Details, [], shift.StartsAt));
        shift.Cancel(Now);
        Assert.Equal("Deze dienst is geannuleerd.", Assert.Throws<DomainException>(() => shift.SignUp(2, Details, [], Now)).Message);
    }

    [Fact]
    public void Fewer_places_than_taken_is_refused_and_more_places_move_waiting_people_up()
    {
        var shift = NewShift(places: 1);
        shift.SignUp(1, Details, [], Now);
        var waiting = shift.SignUp(2, Details, [], Now);
        var versionBefore = shift.Version;

        Assert.Throws<DomainException>(() => shift.Change(Morning(places: 0), false, Now));
        var moved = shift.Change(Morning(places: 2) with { Place = "Kerkplein" }, false, Now);

        Assert.Equal([waiting], moved);
        Assert.Equal("Kerkplein", shift.Place);
        Assert.True(shift.Version > versionBefore);
    }

    [Fact]
    public void Attendance_is_recorded_only_for_confirmed_places_from_the_start()
    {
        var shift = NewShift(places: 1);
        var present = shift.SignUp(1, Details, [], Now);
        var waiting = shift.SignUp(2, Details, [], Now);
        SetId(present, 1);
        SetId(waiting, 2);

        Assert.Throws<DomainException>(() => shift.RecordAttendance(1, true, Now));
        shift.RecordAttendance(1, true, shift.StartsAt);
        Assert.True(present.Attended);
        Assert.Throws<DomainException>(() => shift.RecordAttendance(2, true, shift.StartsAt));
    }

    [Fact]
    public void Shared_needs_longer_than_allowed_are_refused()
    {
        var shift = NewShift();

        Assert.Throws<DomainException>(() => shift.SignUp(1, new SignUpDetails(ContactPreference.Phone, new string('x', 301)), [], Now));
        Assert.Equal("Rolstoeltoegankelijk graag", shift.SignUp(1, new SignUpDetails(ContactPreference.Phone, "  Rolstoeltoegankelijk graag "), [], Now).SharedNeeds);
    }

    /// <summary>The database gives ids; these tests never save.</summary>
    internal static void SetId(ShiftSignUp signUp, int id) =>
        typeof(ShiftSignUp).GetProperty(nameof(ShiftSignUp.Id))!.SetValue(signUp, id);
}
