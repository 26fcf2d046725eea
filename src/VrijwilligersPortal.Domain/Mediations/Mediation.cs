using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Mediations;

/// <summary>
/// A staff-led case for a volunteer who asked the centre for personal help (bemiddeling):
/// Requested → IntakeDone → Proposing → Placed | Closed. This is the part the volunteer drives:
/// asking for help and withdrawing the request. What staff do with a case (intake, proposals,
/// placement, follow-up) belongs to the back office.
/// </summary>
public sealed class Mediation
{
    public const int QuestionMaxLength = 1000;

    private readonly List<StatusChange<MediationStatus>> _history = [];

    private Mediation()
    {
    }

    public int Id { get; private set; }

    public int VolunteerId { get; private set; }

    public MediationStatus Status { get; private set; }

    /// <summary>What the volunteer would like help with, in their own words; optional.</summary>
    public string? Question { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    public IReadOnlyList<StatusChange<MediationStatus>> History => _history;

    /// <summary>Not closed: the volunteer has a case the centre is working on.</summary>
    public bool IsActive => Status != MediationStatus.Closed;

    /// <summary>The volunteer asks the centre for personal help.</summary>
    public static Mediation Request(int volunteerId, string? question, Guid by, DateTimeOffset at)
    {
        var mediation = new Mediation
        {
            VolunteerId = volunteerId,
            Status = MediationStatus.Requested,
            Question = Guard.OptionalText(question, QuestionMaxLength, $"Beschrijf je hulpvraag in hoogstens {QuestionMaxLength} tekens."),
            RequestedAt = at,
            StatusChangedAt = at,
        };
        mediation._history.Add(new StatusChange<MediationStatus>(null, MediationStatus.Requested, at, by));
        return mediation;
    }

    /// <summary>
    /// The volunteer no longer wants help. Possible until a placement; after that the case is
    /// closed by staff at the follow-up.
    /// </summary>
    public void Withdraw(Guid by, DateTimeOffset at)
    {
        if (Status is not (MediationStatus.Requested or MediationStatus.IntakeDone or MediationStatus.Proposing))
        {
            throw new DomainException($"Een hulpvraag met status '{DutchNames.Of(Status)}' kun je niet meer intrekken.");
        }

        Move(MediationStatus.Closed, by, at, "ingetrokken door de vrijwilliger");
    }

    /// <summary>
    /// The volunteer erased their account: the case stays as an anonymous record for the centre's
    /// figures, closed, without the volunteer's own words. Needs <see cref="History"/> loaded.
    /// </summary>
    public void Anonymise(Guid by, DateTimeOffset at)
    {
        foreach (var change in _history)
        {
            change.ClearNote();
        }

        if (IsActive)
        {
            Move(MediationStatus.Closed, by, at, "account verwijderd");
        }

        Question = null;
    }

    private void Move(MediationStatus to, Guid by, DateTimeOffset at, string? note)
    {
        _history.Add(new StatusChange<MediationStatus>(Status, to, at, by, note));
        Status = to;
        StatusChangedAt = at;
    }
}
