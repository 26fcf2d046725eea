using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Courses;

namespace VrijwilligersPortal.Domain.Tests.Courses;

public class CourseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = Now.AddDays(10);

    private static CourseDetails Details(int capacity = 2, DateTimeOffset? deadline = null, DateTimeOffset? start = null) => new()
    {
        Title = "Werven van vrijwilligers",
        Description = "Een avond.",
        Place = "Utrecht",
        Capacity = capacity,
        SignUpDeadline = deadline ?? Start.AddDays(-1),
        Sessions = [(start ?? Start, (start ?? Start).AddHours(2))],
    };

    [Fact]
    public void Places_go_in_order_of_signing_up_and_the_rest_wait()
    {
        var course = Course.Publish(Details(capacity: 2), Guid.NewGuid(), Now);

        var statuses = Enumerable.Range(0, 4).Select(i => course.SignUp(Guid.NewGuid(), Now.AddMinutes(i)).Status).ToList();

        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Confirmed, RegistrationStatus.Waiting, RegistrationStatus.Waiting], statuses);
        Assert.Equal(0, course.PlacesLeft);
    }

    [Fact]
    public void Cancelling_a_place_moves_the_first_person_waiting_up_and_cancelling_a_wait_moves_nobody()
    {
        var course = Course.Publish(Details(capacity: 1), Guid.NewGuid(), Now);
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var third = Guid.NewGuid();
        course.SignUp(first, Now);
        course.SignUp(second, Now.AddMinutes(1));
        course.SignUp(third, Now.AddMinutes(2));

        Assert.Null(course.CancelRegistration(third, Now.AddHours(1)));
        var movedUp = course.CancelRegistration(first, Now.AddHours(2));

        Assert.Equal(second, movedUp!.UserId);
        Assert.Equal(RegistrationStatus.Confirmed, movedUp.Status);
        Assert.Equal(Now.AddHours(2), movedUp.ConfirmedAt);
    }

    [Fact]
    public void Signing_up_twice_after_the_deadline_or_for_a_cancelled_course_is_refused()
    {
        var course = Course.Publish(Details(), Guid.NewGuid(), Now);
        var person = Guid.NewGuid();
        course.SignUp(person, Now);

        Assert.Equal("Je bent al aangemeld voor deze cursus.", Assert.Throws<DomainException>(() => course.SignUp(person, Now)).Message);
        Assert.Throws<DomainException>(() => course.SignUp(Guid.NewGuid(), Start.AddDays(-1).AddMinutes(1)));
        course.Cancel(Now);
        Assert.Equal("Deze cursus is geannuleerd.", Assert.Throws<DomainException>(() => course.SignUp(Guid.NewGuid(), Now)).Message);
    }

    [Fact]
    public void A_course_in_the_past_capacity_0_or_a_deadline_after_the_start_is_refused()
    {
        Assert.Equal("De cursus moet in de toekomst beginnen.", Assert.Throws<DomainException>(() => Course.Publish(Details(start: Now.AddDays(-1), deadline: Now.AddDays(-2)), Guid.NewGuid(), Now)).Message);
        Assert.Equal("Het aantal plaatsen is 1 tot en met 1000.", Assert.Throws<DomainException>(() => Course.Publish(Details(capacity: 0), Guid.NewGuid(), Now)).Message);
        Assert.Equal("De aanmelddeadline valt vóór het begin van de cursus.", Assert.Throws<DomainException>(() => Course.Publish(Details(deadline: Start.AddHours(1)), Guid.NewGuid(), Now)).Message);
    }

    [Fact]
    public void More_places_move_people_up_and_fewer_than_already_confirmed_is_refused()
    {
        var course = Course.Publish(Details(capacity: 1), Guid.NewGuid(), Now);
        course.SignUp(Guid.NewGuid(), Now);
        course.SignUp(Guid.NewGuid(), Now.AddMinutes(1));
        course.SignUp(Guid.NewGuid(), Now.AddMinutes(2));

        var movedUp = course.Change(Details(capacity: 2), Now.AddHours(1));

        Assert.Single(movedUp);
        Assert.Equal(2, course.ConfirmedCount);
        Assert.Throws<DomainException>(() => course.Change(Details(capacity: 1), Now.AddHours(2)));
    }

    [Fact]
    public void Attendance_of_a_registration_of_another_course_is_refused()
    {
        var course = Course.Publish(Details(capacity: 1), Guid.NewGuid(), Now);
        course.SignUp(Guid.NewGuid(), Now);

        Assert.Equal("Deze aanmelding hoort niet bij deze cursus.", Assert.Throws<DomainException>(() => course.RecordAttendance(999, attended: true)).Message);
    }
}
