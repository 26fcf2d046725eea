using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Mediations;

/// <summary>
/// A staff-led case for a person who needs help finding volunteer work (bemiddeling):
/// Requested → IntakeDone → Proposing → Placed → Closed, and Closed from any open status. A case
/// opens when a volunteer asks for help (<see cref="Request"/>) or when staff open one for a
/// walk-in or referred person (<see cref="Open"/>). Every status change is appended to
/// <see cref="History"/> with who and when; notes, proposals and the follow-up record their own
/// author and time.
/// </summary>
public sealed class Mediation
{
    public const int QuestionMaxLength = 1000;
    public const int IntakeTextMaxLength = 2000;
    public const int LanguagesMaxLength = 200;
    public const int StoryMaxLength = 1000;
    public const int CloseReasonMaxLength = 1000;

    private readonly List<StatusChange<MediationStatus>> _history = [];
    private readonly List<CaseNote> _notes = [];
    private readonly List<MatchProposal> _proposals = [];
    private readonly List<int> _suitableForIds = [];

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

    /// <summary>The staff member who handles the case; null until someone takes it.</summary>
    public Guid? AssignedStaffId { get; private set; }

    public Guid? AssignedBy { get; private set; }

    public DateTimeOffset? AssignedAt { get; private set; }

    public ReferralSource? ReferralSource { get; private set; }

    public string? Wishes { get; private set; }

    public string? Abilities { get; private set; }

    /// <summary>Sensitive: every view and change is audited, and it goes with the notes after retention.</summary>
    public string? SupportNeeds { get; private set; }

    public string? Languages { get; private set; }

    public IReadOnlyList<int> SuitableForIds => _suitableForIds;

    public Guid? IntakeBy { get; private set; }

    public DateTimeOffset? IntakeAt { get; private set; }

    public IReadOnlyList<CaseNote> Notes => _notes;

    public IReadOnlyList<MatchProposal> Proposals => _proposals;

    /// <summary>The vacancy the person was placed in.</summary>
    public int? PlacedVacancyId { get; private set; }

    /// <summary>When staff should ask how the placement is going; set at placement, cleared by the follow-up.</summary>
    public DateTimeOffset? FollowUpDueAt { get; private set; }

    /// <summary>How it is going, 1 (badly) to 5 (very well), from the follow-up.</summary>
    public int? FollowUpRating { get; private set; }

    public string? FollowUpStory { get; private set; }

    /// <summary>The volunteer agreed that the story may be used in the centre's reports.</summary>
    public bool StoryMayBeUsed { get; private set; }

    public Guid? FollowUpBy { get; private set; }

    public DateTimeOffset? FollowedUpAt { get; private set; }

    /// <summary>
    /// Bumped by every change; a concurrency token, so two staff members acting on one case at the
    /// same moment cannot both save (the second is told to try again).
    /// </summary>
    public int Version { get; private set; }

    /// <summary>Set when the retention period removed the notes and support needs of this closed case.</summary>
    public DateTimeOffset? NotesRemovedAt { get; private set; }

    /// <summary>Not closed: the volunteer has a case the centre is working on.</summary>
    public bool IsActive => Status != MediationStatus.Closed;

    /// <summary>The volunteer asks the centre for personal help.</summary>
    public static Mediation Request(int volunteerId, string? question, Guid by, DateTimeOffset at)
    {
        var mediation = new Mediation
        {
            VolunteerId = volunteerId,
            Status = MediationStatus.Requested,
            Question = Guard.OptionalText(question, QuestionMaxLength, "Beschrijf je hulpvraag in hoogstens {0} tekens.", QuestionMaxLength),
            RequestedAt = at,
            StatusChangedAt = at,
        };
        mediation._history.Add(new StatusChange<MediationStatus>(null, MediationStatus.Requested, at, by));
        return mediation;
    }

    /// <summary>
    /// Staff open a case for someone who walked in or was referred; the staff member takes the case.
    /// </summary>
    public static Mediation Open(int volunteerId, string? question, Guid staff, DateTimeOffset at)
    {
        var mediation = Request(volunteerId, question, staff, at);
        mediation.AssignedStaffId = staff;
        mediation.AssignedBy = staff;
        mediation.AssignedAt = at;
        return mediation;
    }

    public bool IsFollowUpDue(DateTimeOffset now) => Status == MediationStatus.Placed && FollowUpDueAt <= now;

    /// <summary>Hands the case to a colleague (or takes it). Needs no history: it is not a status change.</summary>
    public void AssignTo(Guid staff, Guid by, DateTimeOffset at)
    {
        RequireOpen("toewijzen");
        AssignedStaffId = staff;
        AssignedBy = by;
        AssignedAt = at;
        Version++;
    }

    /// <summary>
    /// Records the intake. The first one moves a requested case to IntakeDone; later ones correct
    /// what was written without changing the status.
    /// </summary>
    public void RecordIntake(MediationIntake intake, Guid by, DateTimeOffset at)
    {
        RequireOpen("een intake geven");
        ReferralSource = intake.ReferralSource;
        Wishes = Guard.Text(intake.Wishes, IntakeTextMaxLength, "Beschrijf wat de persoon zou willen doen (hoogstens {0} tekens).", IntakeTextMaxLength);
        Abilities = Guard.OptionalText(intake.Abilities, IntakeTextMaxLength, "Beschrijf wat de persoon kan in hoogstens {0} tekens.", IntakeTextMaxLength);
        SupportNeeds = Guard.OptionalText(intake.SupportNeeds, IntakeTextMaxLength, "Beschrijf de ondersteuning in hoogstens {0} tekens.", IntakeTextMaxLength);
        Languages = Guard.OptionalText(intake.Languages, LanguagesMaxLength, "Noem de talen in hoogstens {0} tekens.", LanguagesMaxLength);
        _suitableForIds.Clear();
        _suitableForIds.AddRange(intake.SuitableForIds.Distinct().Order());
        IntakeBy = by;
        IntakeAt = at;
        Version++;
        if (Status == MediationStatus.Requested)
        {
            Move(MediationStatus.IntakeDone, by, at, null);
        }
    }

    /// <summary>A staff note on the case. Needs <see cref="Notes"/> loaded.</summary>
    public CaseNote AddNote(string text, Guid by, DateTimeOffset at)
    {
        RequireOpen("aanvullen met een notitie");
        var note = new CaseNote(Guard.Text(text, CaseNote.TextMaxLength, "Schrijf een notitie van hoogstens {0} tekens.", CaseNote.TextMaxLength), by, at);
        _notes.Add(note);
        Version++;
        return note;
    }

    /// <summary>
    /// Proposes a vacancy to the volunteer (and the volunteer to the organisation). The first
    /// proposal moves the case to Proposing. Needs <see cref="Proposals"/> loaded.
    /// </summary>
    public MatchProposal Propose(int vacancyId, Guid by, DateTimeOffset at)
    {
        if (Status is not (MediationStatus.IntakeDone or MediationStatus.Proposing))
        {
            throw Status == MediationStatus.Requested
                ? new DomainException("Doe eerst het intakegesprek voordat je een vacature voorstelt.")
                : new DomainException("Bij een bemiddeling met status '{0}' kun je geen vacature meer voorstellen.", DutchNames.Of(Status));
        }

        Guard.That(!_proposals.Exists(p => p.VacancyId == vacancyId && p.IsLive), "Deze vacature is al voorgesteld.");
        var proposal = new MatchProposal(vacancyId, by, at);
        _proposals.Add(proposal);
        Version++;
        if (Status == MediationStatus.IntakeDone)
        {
            Move(MediationStatus.Proposing, by, at, null);
        }

        return proposal;
    }

    /// <summary>Volunteer and organisation both want to go ahead.</summary>
    public void AcceptProposal(MatchProposal proposal, Guid by, DateTimeOffset at)
    {
        RequireProposing(proposal, "accepteren");
        proposal.Decide(ProposalStatus.Accepted, null, by, at, "accepteren", ProposalStatus.Open);
        Version++;
    }

    /// <summary>One of the sides said no; the case stays in Proposing for the next proposal.</summary>
    public void DeclineProposal(MatchProposal proposal, string? reason, Guid by, DateTimeOffset at)
    {
        RequireProposing(proposal, "afwijzen");
        var why = Guard.OptionalText(reason, MatchProposal.DeclineReasonMaxLength, "Geef een reden van hoogstens {0} tekens.", MatchProposal.DeclineReasonMaxLength);
        proposal.Decide(ProposalStatus.Declined, why, by, at, "afwijzen", ProposalStatus.Open, ProposalStatus.Accepted);
        Version++;
    }

    /// <summary>
    /// The volunteer started on an accepted proposal: the case is placed, the follow-up falls due
    /// after <paramref name="followUpAfter"/>, and the other proposals still in play are declined.
    /// Returns those other proposals so the caller can tidy up what hangs on them.
    /// </summary>
    public IReadOnlyList<MatchProposal> Place(MatchProposal proposal, TimeSpan followUpAfter, Guid by, DateTimeOffset at)
    {
        Guard.That(followUpAfter > TimeSpan.Zero, "De nazorg moet na de plaatsing vallen.");
        RequireProposing(proposal, "als geplaatst markeren");
        proposal.Decide(ProposalStatus.Placed, null, by, at, "als geplaatst markeren", ProposalStatus.Accepted);
        var others = _proposals.Where(p => p.IsLive).ToList();
        foreach (var other in others)
        {
            other.Decide(ProposalStatus.Declined, "Geplaatst via een ander voorstel.", by, at, "afwijzen", ProposalStatus.Open, ProposalStatus.Accepted);
        }

        PlacedVacancyId = proposal.VacancyId;
        FollowUpDueAt = at + followUpAfter;
        Move(MediationStatus.Placed, by, at, null);
        return others;
    }

    /// <summary>
    /// The follow-up after a placement: how it is going (1–5), optionally a short story and whether
    /// the volunteer lets the centre use it in reports, and whether the case can be closed.
    /// </summary>
    public void RecordFollowUp(int rating, string? story, bool storyMayBeUsed, bool close, Guid by, DateTimeOffset at)
    {
        if (Status != MediationStatus.Placed)
        {
            throw new DomainException("Nazorg hoort bij een plaatsing; deze bemiddeling heeft status '{0}'.", DutchNames.Of(Status));
        }

        Guard.That(rating is >= 1 and <= 5, "Kies hoe het gaat: een cijfer van 1 tot en met 5.");
        var text = Guard.OptionalText(story, StoryMaxLength, "Het verhaal heeft hoogstens {0} tekens.", StoryMaxLength);
        FollowUpRating = rating;
        FollowUpStory = text;
        StoryMayBeUsed = text is not null && storyMayBeUsed;
        FollowUpBy = by;
        FollowedUpAt = at;
        FollowUpDueAt = null;
        Version++;
        if (close)
        {
            Move(MediationStatus.Closed, by, at, "afgesloten na de nazorg");
        }
    }

    /// <summary>Staff close the case: after the follow-up, or earlier when it ends without a placement.</summary>
    public void Close(string? reason, Guid by, DateTimeOffset at)
    {
        RequireOpen("afsluiten");
        var why = Guard.OptionalText(reason, CloseReasonMaxLength, "Geef een reden van hoogstens {0} tekens.", CloseReasonMaxLength);
        foreach (var proposal in _proposals.Where(p => p.IsLive))
        {
            proposal.Decide(ProposalStatus.Declined, "Bemiddeling afgesloten.", by, at, "afwijzen", ProposalStatus.Open, ProposalStatus.Accepted);
        }

        FollowUpDueAt = null;
        Move(MediationStatus.Closed, by, at, why);
    }

    /// <summary>
    /// The retention period after closing has passed: the notes and the support needs go, the
    /// rest stays for the centre's figures. Needs <see cref="Notes"/> loaded.
    /// </summary>
    public void RemoveNotes(DateTimeOffset at)
    {
        Guard.That(Status == MediationStatus.Closed, "Notities gaan pas weg als de bemiddeling is afgesloten.");
        _notes.Clear();
        SupportNeeds = null;
        NotesRemovedAt = at;
        Version++;
    }

    /// <summary>
    /// The volunteer no longer wants help. Possible until a placement; after that the case is
    /// closed by staff at the follow-up.
    /// </summary>
    public void Withdraw(Guid by, DateTimeOffset at)
    {
        if (Status is not (MediationStatus.Requested or MediationStatus.IntakeDone or MediationStatus.Proposing))
        {
            throw new DomainException("Een hulpvraag met status '{0}' kun je niet meer intrekken.", DutchNames.Of(Status));
        }

        foreach (var proposal in _proposals.Where(p => p.IsLive))
        {
            proposal.Decide(ProposalStatus.Declined, "Hulpvraag ingetrokken.", by, at, "afwijzen", ProposalStatus.Open, ProposalStatus.Accepted);
        }

        Move(MediationStatus.Closed, by, at, "ingetrokken door de vrijwilliger");
    }

    /// <summary>
    /// The volunteer's data were erased (their account, or a walk-in's record at their request):
    /// the case stays as an anonymous record for the centre's figures, closed (with
    /// <paramref name="why"/> in its history), without the volunteer's own words. Needs
    /// <see cref="History"/> loaded.
    /// </summary>
    public void Anonymise(Guid by, DateTimeOffset at, string why = "account verwijderd")
    {
        foreach (var change in _history)
        {
            change.ClearNote();
        }

        if (IsActive)
        {
            Move(MediationStatus.Closed, by, at, why);
        }

        Question = null;
        Wishes = null;
        Abilities = null;
        SupportNeeds = null;
        Languages = null;
        FollowUpStory = null;
        StoryMayBeUsed = false;
        _notes.Clear();
        foreach (var proposal in _proposals)
        {
            proposal.ClearReason();
        }

        Version++;
    }

    private void RequireOpen(string action)
    {
        if (Status == MediationStatus.Closed)
        {
            throw new DomainException("Een afgesloten bemiddeling kun je niet meer {0}.", action);
        }
    }

    private void RequireProposing(MatchProposal proposal, string action)
    {
        Guard.That(_proposals.Contains(proposal), "Dit matchvoorstel hoort niet bij deze bemiddeling.");
        if (Status != MediationStatus.Proposing)
        {
            throw new DomainException("Bij een bemiddeling met status '{0}' kun je een voorstel niet {1}.", DutchNames.Of(Status), action);
        }
    }

    private void Move(MediationStatus to, Guid by, DateTimeOffset at, string? note)
    {
        _history.Add(new StatusChange<MediationStatus>(Status, to, at, by, note));
        Status = to;
        StatusChangedAt = at;
        Version++;
    }
}
