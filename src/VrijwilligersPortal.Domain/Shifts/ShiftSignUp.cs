using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Shifts;

public enum ShiftSignUpStatus
{
    /// <summary>Has a place.</summary>
    Confirmed,

    /// <summary>Holds a place until the organisation approves or declines.</summary>
    Pending,

    Waiting,
    Cancelled,
    Declined,
}

/// <summary>What the volunteer tells the organisation when signing up; shown on the roster only.</summary>
public sealed record SignUpDetails(ContactPreference ContactPreference, string? SharedNeeds);

/// <summary>
/// A volunteer's sign-up for one shift. Made and changed only through <see cref="Shift"/>, which
/// holds the places rule. Erased with the volunteer (the hours it gave stay as anonymous figures).
/// </summary>
public sealed class ShiftSignUp
{
    public const int SharedNeedsMaxLength = 300;

    private ShiftSignUp()
    {
    }

    internal ShiftSignUp(Shift shift, int volunteerId, SignUpDetails details, ShiftSignUpStatus status, DateTimeOffset at)
    {
        Shift = shift;
        VolunteerId = volunteerId;
        ContactPreference = details.ContactPreference;
        SharedNeeds = Guard.OptionalText(details.SharedNeeds, SharedNeedsMaxLength, "Schrijf wat de organisatie moet weten in hoogstens {0} tekens.", SharedNeedsMaxLength);
        Status = status;
        SignedUpAt = at;
        ConfirmedAt = status == ShiftSignUpStatus.Confirmed ? at : null;
    }

    public int Id { get; private set; }

    public int ShiftId { get; private set; }

    public Shift? Shift { get; private set; }

    public int VolunteerId { get; private set; }

    public ContactPreference ContactPreference { get; private set; }

    /// <summary>Needs the volunteer chose to share with the organisation (e.g. wheelchair access).</summary>
    public string? SharedNeeds { get; private set; }

    public ShiftSignUpStatus Status { get; private set; }

    public DateTimeOffset SignedUpAt { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Null until the organisation recorded attendance.</summary>
    public bool? Attended { get; private set; }

    public DateTimeOffset? AttendanceRecordedAt { get; private set; }

    public bool HoldsPlace => Status is ShiftSignUpStatus.Confirmed or ShiftSignUpStatus.Pending;

    public bool IsActive => Status is ShiftSignUpStatus.Confirmed or ShiftSignUpStatus.Pending or ShiftSignUpStatus.Waiting;

    internal void Confirm(DateTimeOffset at)
    {
        Status = ShiftSignUpStatus.Confirmed;
        ConfirmedAt = at;
    }

    internal void MoveUp(bool needsApproval, DateTimeOffset at)
    {
        if (needsApproval)
        {
            Status = ShiftSignUpStatus.Pending;
        }
        else
        {
            Confirm(at);
        }
    }

    internal void Cancel(DateTimeOffset at)
    {
        Status = ShiftSignUpStatus.Cancelled;
        CancelledAt = at;
    }

    internal void Decline(DateTimeOffset at)
    {
        Status = ShiftSignUpStatus.Declined;
        CancelledAt = at;
    }

    internal void MarkAttendance(bool attended, DateTimeOffset at)
    {
        Attended = attended;
        AttendanceRecordedAt = at;
    }
}
