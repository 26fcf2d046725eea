using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Courses;

public enum RegistrationStatus
{
    Confirmed,
    Waiting,
    Cancelled,
}

/// <summary>
/// Someone's sign-up for a course, by their account. Made and changed only through
/// <see cref="Course"/>, which holds the capacity rule. Erased with the account.
/// </summary>
public sealed class CourseRegistration
{
    private CourseRegistration()
    {
    }

    internal CourseRegistration(Course course, Guid userId, RegistrationStatus status, DateTimeOffset at)
    {
        Course = course;
        UserId = userId;
        Status = status;
        SignedUpAt = at;
        ConfirmedAt = status == RegistrationStatus.Confirmed ? at : null;
    }

    public int Id { get; private set; }

    public int CourseId { get; private set; }

    public Course? Course { get; private set; }

    public Guid UserId { get; private set; }

    public RegistrationStatus Status { get; private set; }

    public DateTimeOffset SignedUpAt { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Null until staff recorded attendance.</summary>
    public bool? Attended { get; private set; }

    /// <summary>When the reminder a day before was put in the outbox; sent once.</summary>
    public DateTimeOffset? ReminderSentAt { get; private set; }

    public void MarkReminded(DateTimeOffset at)
    {
        Guard.That(ReminderSentAt is null, "De herinnering is al verstuurd.");
        ReminderSentAt = at;
    }

    internal void Confirm(DateTimeOffset at)
    {
        Status = RegistrationStatus.Confirmed;
        ConfirmedAt = at;
    }

    internal void Cancel(DateTimeOffset at)
    {
        Status = RegistrationStatus.Cancelled;
        CancelledAt = at;
    }

    internal void MarkAttendance(bool attended) => Attended = attended;
}
