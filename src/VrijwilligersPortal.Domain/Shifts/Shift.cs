using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Shifts;

public enum ShiftStatus
{
    Open,
    Cancelled,
}

/// <summary>What an organisation fills in for one shift: a day, a time on the Dutch clock, a place if it differs, how many people.</summary>
public sealed record ShiftPlan(DateOnly Date, TimeOnly Start, TimeOnly End, string? Place, int PlacesNeeded);

/// <summary>
/// One dated shift of a vacancy (an activity such as NLdoet): people sign up directly, or ask
/// and wait for the organisation's approval when <see cref="NeedsApproval"/>. Confirmed and
/// pending sign-ups hold a place; the rest wait in order and move up when a place comes free.
/// <see cref="Version"/> is bumped by every change to the places, so two sign-ups racing for the
/// last place cannot both be saved (docs/adr/0006, 0111, 0130).
/// </summary>
public sealed class Shift
{
    public const int PlaceMaxLength = 200;
    public const int MaxPlaces = 500;
    public const int MaxDatesPerCopy = 60;

    /// <summary>How far ahead a shift may be planned: a date in the year 3000 is a typing error.</summary>
    public const int MaxYearsAhead = 2;

    private readonly List<ShiftSignUp> _signUps = [];

    private Shift()
    {
    }

    public int Id { get; private set; }

    public int VacancyId { get; private set; }

    /// <summary>The day on the Dutch clock.</summary>
    public DateOnly Date { get; private set; }

    public TimeOnly StartTime { get; private set; }

    public TimeOnly EndTime { get; private set; }

    /// <summary>The start as a moment (UTC), from <see cref="Date"/> and <see cref="StartTime"/> in Europe/Amsterdam.</summary>
    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    /// <summary>Where, when it differs from the vacancy's place.</summary>
    public string? Place { get; private set; }

    public int PlacesNeeded { get; private set; }

    public bool NeedsApproval { get; private set; }

    public ShiftStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>Needs loading (Include) before any of the sign-up methods.</summary>
    public IReadOnlyList<ShiftSignUp> SignUps => _signUps;

    public int PlacesTaken => _signUps.Count(s => s.HoldsPlace);

    public int PlacesLeft => Math.Max(0, PlacesNeeded - PlacesTaken);

    public bool IsCancelled => Status == ShiftStatus.Cancelled;

    /// <summary>The real length: a shift across the change to summer time is an hour shorter than the clock suggests.</summary>
    public TimeSpan Duration => EndsAt - StartsAt;

    public bool IsOpenForSignUp(DateTimeOffset now) => !IsCancelled && now < StartsAt;

    public static Shift Plan(int vacancyId, ShiftPlan plan, bool needsApproval, DateTimeOffset now)
    {
        var shift = new Shift { VacancyId = vacancyId, NeedsApproval = needsApproval, Status = ShiftStatus.Open, CreatedAt = now };
        shift.Apply(plan, now);
        return shift;
    }

    /// <summary>
    /// One action for a pattern of shifts on several dates ("Saturday 9:00–12:30 and 13:00–16:30,
    /// on these three Saturdays"): every combination, all checked before any is made.
    /// </summary>
    public static IReadOnlyList<Shift> CopyPattern(int vacancyId, IReadOnlyList<ShiftPlan> pattern, IReadOnlyCollection<DateOnly> dates, bool needsApproval, DateTimeOffset now)
    {
        Guard.That(pattern.Count > 0, "Kies minstens één dienst om te kopiëren.");
        Guard.That(dates.Count is > 0 and <= MaxDatesPerCopy, "Kies 1 tot {0} datums.", MaxDatesPerCopy);
        return dates.Distinct().Order()
            .SelectMany(date => pattern.Select(p => Plan(vacancyId, p with { Date = date }, needsApproval, now)))
            .ToList();
    }

    /// <summary>
    /// The organisation changes the shift. Fewer places than people already holding one is refused;
    /// more places let waiting people move up (returned, so they can be told).
    /// </summary>
    public IReadOnlyList<ShiftSignUp> Change(ShiftPlan plan, bool needsApproval, DateTimeOffset now)
    {
        Guard.That(!IsCancelled, "Deze dienst is geannuleerd en kan niet meer worden gewijzigd.");
        Guard.That(plan.PlacesNeeded >= PlacesTaken, "Er zijn al {0} mensen aangemeld; kies minstens zoveel plaatsen.", PlacesTaken);
        Apply(plan, now);
        NeedsApproval = needsApproval;
        Version++;
        return MoveUp(now);
    }

    public void Cancel(DateTimeOffset now)
    {
        Guard.That(!IsCancelled, "Deze dienst is al geannuleerd.");
        Status = ShiftStatus.Cancelled;
        CancelledAt = now;
        Version++;
    }

    /// <summary>
    /// Signs a volunteer up: a place while there is one (pending the organisation's approval when
    /// it asked for that), otherwise the waiting list. <paramref name="otherShifts"/> are the times
    /// of the volunteer's other active sign-ups: an overlapping one is refused.
    /// </summary>
    public ShiftSignUp SignUp(int volunteerId, SignUpDetails details, IEnumerable<(DateTimeOffset StartsAt, DateTimeOffset EndsAt)> otherShifts, DateTimeOffset now)
    {
        Guard.That(!IsCancelled, "Deze dienst is geannuleerd.");
        Guard.That(now < StartsAt, "Deze dienst is al begonnen; aanmelden kan niet meer.");
        Guard.That(ActiveSignUpOf(volunteerId) is null, "Je bent al aangemeld voor deze dienst.");
        Guard.That(!otherShifts.Any(o => o.StartsAt < EndsAt && StartsAt < o.EndsAt), "Je bent al aangemeld voor een dienst die op hetzelfde moment valt.");
        var status = PlacesLeft > 0
            ? (NeedsApproval ? ShiftSignUpStatus.Pending : ShiftSignUpStatus.Confirmed)
            : ShiftSignUpStatus.Waiting;
        var signUp = new ShiftSignUp(this, volunteerId, details, status, now);
        _signUps.Add(signUp);
        Version++;
        return signUp;
    }

    /// <summary>The volunteer cancels; the first person waiting moves up into a freed place and is returned (to be mailed), or null.</summary>
    public ShiftSignUp? CancelSignUp(int volunteerId, DateTimeOffset now)
    {
        var signUp = ActiveSignUpOf(volunteerId) ?? throw new DomainException("Je bent niet aangemeld voor deze dienst.");
        Guard.That(now < StartsAt, "Deze dienst is al begonnen; afmelden kan niet meer.");
        signUp.Cancel(now);
        Version++;
        return IsCancelled ? null : MoveUp(now).FirstOrDefault();
    }

    /// <summary>The organisation approves a pending sign-up.</summary>
    public ShiftSignUp Approve(int signUpId, DateTimeOffset now)
    {
        var signUp = SignUpById(signUpId);
        Guard.That(signUp.Status == ShiftSignUpStatus.Pending, "Deze aanmelding wacht niet op goedkeuring.");
        signUp.Confirm(now);
        Version++;
        return signUp;
    }

    /// <summary>The organisation declines a pending or waiting sign-up; the first person waiting may move up (returned).</summary>
    public ShiftSignUp? Decline(int signUpId, DateTimeOffset now)
    {
        var signUp = SignUpById(signUpId);
        Guard.That(signUp.Status is ShiftSignUpStatus.Pending or ShiftSignUpStatus.Waiting, "Alleen een aanmelding die wacht, kun je afwijzen.");
        signUp.Decline(now);
        Version++;
        return MoveUp(now).FirstOrDefault();
    }

    /// <summary>The organisation records who came; only for people with a confirmed place, once the shift has begun.</summary>
    public void RecordAttendance(int signUpId, bool attended, DateTimeOffset now)
    {
        var signUp = SignUpById(signUpId);
        Guard.That(signUp.Status == ShiftSignUpStatus.Confirmed, "Aanwezigheid registreer je alleen voor aangemelde vrijwilligers met een plaats.");
        Guard.That(now >= StartsAt, "Aanwezigheid registreer je vanaf het begin van de dienst.");
        signUp.MarkAttendance(attended, now);
    }

    public ShiftSignUp? ActiveSignUpOf(int volunteerId) => _signUps.Find(s => s.VolunteerId == volunteerId && s.IsActive);

    private ShiftSignUp SignUpById(int signUpId) =>
        _signUps.Find(s => s.Id == signUpId) ?? throw new DomainException("Deze aanmelding hoort niet bij deze dienst.");

    private List<ShiftSignUp> MoveUp(DateTimeOffset now)
    {
        var moved = new List<ShiftSignUp>();
        foreach (var waiting in _signUps.Where(s => s.Status == ShiftSignUpStatus.Waiting).OrderBy(s => s.SignedUpAt).ThenBy(s => s.Id).ToList())
        {
            if (PlacesLeft == 0)
            {
                break;
            }

            waiting.MoveUp(NeedsApproval, now);
            moved.Add(waiting);
        }

        return moved;
    }

    private void Apply(ShiftPlan plan, DateTimeOffset now)
    {
        var place = Guard.OptionalText(plan.Place, PlaceMaxLength, "De plaats heeft hoogstens {0} tekens.", PlaceMaxLength);
        Guard.That(plan.PlacesNeeded is >= 1 and <= MaxPlaces, "Het aantal plaatsen is 1 tot en met {0}.", MaxPlaces);
        Guard.That(plan.End > plan.Start, "De eindtijd ligt na de begintijd.");
        var today = AmsterdamClock.Today(now);
        Guard.That(plan.Date <= today.AddYears(MaxYearsAhead), "Kies een datum binnen {0} jaar.", MaxYearsAhead);
        var startsAt = AmsterdamClock.ToMoment(plan.Date, plan.Start);
        var endsAt = AmsterdamClock.ToMoment(plan.Date, plan.End);
        Guard.That(startsAt > now, "Deze dienst ligt in het verleden.");

        Date = plan.Date;
        StartTime = plan.Start;
        EndTime = plan.End;
        StartsAt = startsAt;
        EndsAt = endsAt;
        Place = place;
        PlacesNeeded = plan.PlacesNeeded;
    }
}
