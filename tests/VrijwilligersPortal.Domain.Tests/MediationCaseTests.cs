using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Volunteers;

namespace VrijwilligersPortal.Domain.Tests;

/// <summary>The staff side of a mediation case: every legal step and every refused one.</summary>
public class MediationCaseTests
{
    private static readonly Guid Staff = Guid.Parse("44444444-4444-4444-4444-444444444444");
    private static readonly Guid Colleague = Guid.Parse("55555555-5555-5555-5555-555555555555");
    private static readonly TimeSpan SixWeeks = TimeSpan.FromDays(42);

    private static MediationIntake Intake(string wishes = "Iets met koken", string? support = "Heeft hulp nodig bij plannen") => new()
    {
        ReferralSource = ReferralSource.NeighbourhoodTeam,
        Wishes = wishes,
        Abilities = "Koken, tuinieren",
        SupportNeeds = support,
        Languages = "Arabisch, Engels",
        SuitableForIds = [3, 1, 3],
    };

    private static Mediation Requested() => Mediation.Open(7, "Wil graag iets doen in de buurt.", Staff, Build.Now);

    private static Mediation IntakeDone()
    {
        var mediation = Requested();
        mediation.RecordIntake(Intake(), Staff, Build.Now.AddDays(1));
        return mediation;
    }

    private static (Mediation Mediation, MatchProposal Proposal) Proposing()
    {
        var mediation = IntakeDone();
        var proposal = mediation.Propose(10, Staff, Build.Now.AddDays(2));
        return (mediation, proposal);
    }

    private static Mediation Placed()
    {
        var (mediation, proposal) = Proposing();
        mediation.AcceptProposal(proposal, Staff, Build.Now.AddDays(3));
        mediation.Place(proposal, SixWeeks, Staff, Build.Now.AddDays(4));
        return mediation;
    }

    private static Mediation Closed()
    {
        var mediation = Requested();
        mediation.Close("Geen contact meer", Staff, Build.Now.AddDays(1));
        return mediation;
    }

    private static Mediation InStatus(string status) => status switch
    {
        "Requested" => Requested(),
        "IntakeDone" => IntakeDone(),
        "Proposing" => Proposing().Mediation,
        "Placed" => Placed(),
        "Closed" => Closed(),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    [Fact]
    public void Staff_open_a_case_for_a_walk_in_and_take_it_themselves()
    {
        var mediation = Requested();

        Assert.Equal(MediationStatus.Requested, mediation.Status);
        Assert.Equal(Staff, mediation.AssignedStaffId);
        Assert.Equal((Staff, Build.Now), (mediation.AssignedBy!.Value, mediation.AssignedAt!.Value));
        var opened = Assert.Single(mediation.History);
        Assert.Equal((null, MediationStatus.Requested, Staff), (opened.From, opened.To, opened.By));
    }

    [Fact]
    public void The_first_intake_moves_the_case_to_intake_done_and_records_who_and_when()
    {
        var mediation = Requested();
        var at = Build.Now.AddDays(1);

        mediation.RecordIntake(Intake(), Staff, at);

        Assert.Equal(MediationStatus.IntakeDone, mediation.Status);
        Assert.Equal(ReferralSource.NeighbourhoodTeam, mediation.ReferralSource);
        Assert.Equal("Iets met koken", mediation.Wishes);
        Assert.Equal("Heeft hulp nodig bij plannen", mediation.SupportNeeds);
        Assert.Equal([1, 3], mediation.SuitableForIds);
        Assert.Equal((Staff, at), (mediation.IntakeBy!.Value, mediation.IntakeAt!.Value));
        var change = mediation.History[^1];
        Assert.Equal((MediationStatus.Requested, MediationStatus.IntakeDone, at, Staff), (change.From!.Value, change.To, change.At, change.By!.Value));
    }

    [Theory]
    [InlineData("IntakeDone")]
    [InlineData("Proposing")]
    [InlineData("Placed")]
    public void A_later_intake_corrects_the_texts_without_a_status_change(string status)
    {
        var mediation = InStatus(status);
        var before = (mediation.Status, mediation.History.Count);

        mediation.RecordIntake(Intake("Iets buiten", support: null), Colleague, Build.Now.AddDays(9));

        Assert.Equal(before, (mediation.Status, mediation.History.Count));
        Assert.Equal("Iets buiten", mediation.Wishes);
        Assert.Null(mediation.SupportNeeds);
        Assert.Equal(Colleague, mediation.IntakeBy);
    }

    [Fact]
    public void An_intake_needs_a_wish_and_refuses_long_texts_without_changing_anything()
    {
        var mediation = Requested();

        Assert.Equal("Beschrijf wat de persoon zou willen doen (hoogstens 2000 tekens).", Assert.Throws<DomainException>(() => mediation.RecordIntake(Intake(wishes: "  "), Staff, Build.Now)).Message);
        Assert.Equal("Beschrijf de ondersteuning in hoogstens 2000 tekens.", Assert.Throws<DomainException>(() => mediation.RecordIntake(Intake(support: new string('x', Mediation.IntakeTextMaxLength + 1)), Staff, Build.Now)).Message);

        Assert.Equal(MediationStatus.Requested, mediation.Status);
        Assert.Single(mediation.History);
    }

    [Fact]
    public void A_closed_case_takes_no_intake_note_assignment_or_second_close()
    {
        var mediation = Closed();

        Assert.Equal("Een afgesloten bemiddeling kun je niet meer een intake geven.", Assert.Throws<DomainException>(() => mediation.RecordIntake(Intake(), Staff, Build.Now)).Message);
        Assert.Equal("Een afgesloten bemiddeling kun je niet meer aanvullen met een notitie.", Assert.Throws<DomainException>(() => mediation.AddNote("Nog iets", Staff, Build.Now)).Message);
        Assert.Equal("Een afgesloten bemiddeling kun je niet meer toewijzen.", Assert.Throws<DomainException>(() => mediation.AssignTo(Colleague, Staff, Build.Now)).Message);
        Assert.Equal("Een afgesloten bemiddeling kun je niet meer afsluiten.", Assert.Throws<DomainException>(() => mediation.Close(null, Staff, Build.Now)).Message);
        Assert.Equal(2, mediation.History.Count);
    }

    [Fact]
    public void Notes_record_their_author_and_time_and_must_have_text()
    {
        var mediation = Requested();

        var note = mediation.AddNote("  Belt liever dan mailen. ", Colleague, Build.Now.AddHours(2));

        Assert.Equal(("Belt liever dan mailen.", Colleague, Build.Now.AddHours(2)), (note.Text, note.WrittenBy, note.WrittenAt));
        Assert.Equal("Schrijf een notitie van hoogstens 4000 tekens.", Assert.Throws<DomainException>(() => mediation.AddNote(" ", Staff, Build.Now)).Message);
        Assert.Equal("Schrijf een notitie van hoogstens 4000 tekens.", Assert.Throws<DomainException>(() => mediation.AddNote(new string('x', CaseNote.TextMaxLength + 1), Staff, Build.Now)).Message);
        Assert.Single(mediation.Notes);
    }

    [Fact]
    public void Reassigning_hands_the_case_to_a_colleague_and_records_who_did_it()
    {
        var mediation = Requested();

        mediation.AssignTo(Colleague, Staff, Build.Now.AddDays(1));

        Assert.Equal((Colleague, Staff, Build.Now.AddDays(1)), (mediation.AssignedStaffId!.Value, mediation.AssignedBy!.Value, mediation.AssignedAt!.Value));
    }

    [Fact]
    public void The_first_proposal_moves_the_case_to_proposing()
    {
        var (mediation, proposal) = Proposing();

        Assert.Equal(MediationStatus.Proposing, mediation.Status);
        Assert.Equal((10, ProposalStatus.Open, Staff, Build.Now.AddDays(2)), (proposal.VacancyId, proposal.Status, proposal.ProposedBy, proposal.ProposedAt));
        Assert.Equal((MediationStatus.IntakeDone, MediationStatus.Proposing), (mediation.History[^1].From!.Value, mediation.History[^1].To));

        mediation.Propose(11, Staff, Build.Now.AddDays(2));
        Assert.Equal(MediationStatus.Proposing, mediation.Status);
        Assert.Equal(3, mediation.History.Count);
    }

    [Theory]
    [InlineData("Requested", "Doe eerst het intakegesprek voordat je een vacature voorstelt.")]
    [InlineData("Placed", "Bij een bemiddeling met status 'geplaatst' kun je geen vacature meer voorstellen.")]
    [InlineData("Closed", "Bij een bemiddeling met status 'afgesloten' kun je geen vacature meer voorstellen.")]
    public void Proposals_are_refused_before_the_intake_and_after_placement(string status, string message)
    {
        var mediation = InStatus(status);
        var proposals = mediation.Proposals.Count;

        Assert.Equal(message, Assert.Throws<DomainException>(() => mediation.Propose(12, Staff, Build.Now)).Message);

        Assert.Equal(proposals, mediation.Proposals.Count);
    }

    [Fact]
    public void The_same_vacancy_is_not_proposed_twice_while_the_first_is_in_play_but_can_be_after_a_decline()
    {
        var (mediation, proposal) = Proposing();

        Assert.Equal("Deze vacature is al voorgesteld.", Assert.Throws<DomainException>(() => mediation.Propose(10, Staff, Build.Now)).Message);
        mediation.DeclineProposal(proposal, "Te ver weg", Staff, Build.Now.AddDays(3));
        mediation.Propose(10, Staff, Build.Now.AddDays(4));

        Assert.Equal(2, mediation.Proposals.Count);
    }

    [Fact]
    public void Accepting_and_declining_record_who_and_when_and_only_from_the_right_proposal_status()
    {
        var (mediation, proposal) = Proposing();
        var second = mediation.Propose(11, Staff, Build.Now.AddDays(2));

        mediation.AcceptProposal(proposal, Colleague, Build.Now.AddDays(3));
        Assert.Equal((ProposalStatus.Accepted, Colleague, Build.Now.AddDays(3)), (proposal.Status, proposal.DecidedBy!.Value, proposal.DecidedAt!.Value));
        Assert.Equal("Een matchvoorstel met status 'geaccepteerd' kun je niet accepteren.", Assert.Throws<DomainException>(() => mediation.AcceptProposal(proposal, Staff, Build.Now)).Message);

        mediation.DeclineProposal(second, " Organisatie zit vol ", Staff, Build.Now.AddDays(3));
        Assert.Equal((ProposalStatus.Declined, "Organisatie zit vol"), (second.Status, second.DeclineReason));
        Assert.Equal("Een matchvoorstel met status 'afgewezen' kun je niet afwijzen.", Assert.Throws<DomainException>(() => mediation.DeclineProposal(second, null, Staff, Build.Now)).Message);
        Assert.Equal("Een matchvoorstel met status 'afgewezen' kun je niet accepteren.", Assert.Throws<DomainException>(() => mediation.AcceptProposal(second, Staff, Build.Now)).Message);

        // An accepted proposal can still fall through.
        mediation.DeclineProposal(proposal, null, Staff, Build.Now.AddDays(5));
        Assert.Equal(ProposalStatus.Declined, proposal.Status);
        Assert.Equal(MediationStatus.Proposing, mediation.Status);
    }

    [Fact]
    public void A_proposal_of_another_case_is_refused()
    {
        var (mediation, _) = Proposing();
        var (other, foreign) = Proposing();

        Assert.Equal("Dit matchvoorstel hoort niet bij deze bemiddeling.", Assert.Throws<DomainException>(() => mediation.AcceptProposal(foreign, Staff, Build.Now)).Message);
        Assert.Equal("Dit matchvoorstel hoort niet bij deze bemiddeling.", Assert.Throws<DomainException>(() => mediation.DeclineProposal(foreign, null, Staff, Build.Now)).Message);
        Assert.Equal("Dit matchvoorstel hoort niet bij deze bemiddeling.", Assert.Throws<DomainException>(() => mediation.Place(foreign, SixWeeks, Staff, Build.Now)).Message);
        Assert.Equal(ProposalStatus.Open, foreign.Status);
        Assert.Equal(MediationStatus.Proposing, other.Status);
    }

    [Fact]
    public void Placing_needs_an_accepted_proposal()
    {
        var (mediation, proposal) = Proposing();

        Assert.Equal("Een matchvoorstel met status 'voorgesteld' kun je niet als geplaatst markeren.", Assert.Throws<DomainException>(() => mediation.Place(proposal, SixWeeks, Staff, Build.Now)).Message);

        Assert.Equal(MediationStatus.Proposing, mediation.Status);
        Assert.Null(mediation.FollowUpDueAt);
    }

    [Fact]
    public void Placing_sets_the_follow_up_and_declines_the_other_proposals_still_in_play()
    {
        var (mediation, proposal) = Proposing();
        var open = mediation.Propose(11, Staff, Build.Now.AddDays(2));
        var accepted = mediation.Propose(12, Staff, Build.Now.AddDays(2));
        mediation.AcceptProposal(accepted, Staff, Build.Now.AddDays(3));
        mediation.AcceptProposal(proposal, Staff, Build.Now.AddDays(3));
        var at = Build.Now.AddDays(4);

        var others = mediation.Place(proposal, SixWeeks, Colleague, at);

        Assert.Equal(MediationStatus.Placed, mediation.Status);
        Assert.Equal(ProposalStatus.Placed, proposal.Status);
        Assert.Equal(10, mediation.PlacedVacancyId);
        Assert.Equal(at + SixWeeks, mediation.FollowUpDueAt);
        Assert.Equal([open, accepted], others);
        Assert.All(others, p => Assert.Equal(ProposalStatus.Declined, p.Status));
        Assert.Equal((MediationStatus.Proposing, MediationStatus.Placed, at, Colleague), (mediation.History[^1].From!.Value, mediation.History[^1].To, mediation.History[^1].At, mediation.History[^1].By!.Value));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Proposals_cannot_be_decided_once_the_case_is_placed_or_closed(bool close)
    {
        var (mediation, proposal) = Proposing();
        var other = mediation.Propose(11, Staff, Build.Now.AddDays(2));
        if (close)
        {
            mediation.Close(null, Staff, Build.Now.AddDays(3));
        }
        else
        {
            mediation.AcceptProposal(other, Staff, Build.Now.AddDays(3));
            mediation.Place(other, SixWeeks, Staff, Build.Now.AddDays(3));
        }

        var status = close ? "afgesloten" : "geplaatst";
        Assert.Equal($"Bij een bemiddeling met status '{status}' kun je een voorstel niet accepteren.", Assert.Throws<DomainException>(() => mediation.AcceptProposal(proposal, Staff, Build.Now)).Message);
        Assert.Equal($"Bij een bemiddeling met status '{status}' kun je een voorstel niet afwijzen.", Assert.Throws<DomainException>(() => mediation.DeclineProposal(proposal, null, Staff, Build.Now)).Message);
        Assert.Equal($"Bij een bemiddeling met status '{status}' kun je een voorstel niet als geplaatst markeren.", Assert.Throws<DomainException>(() => mediation.Place(proposal, SixWeeks, Staff, Build.Now)).Message);
        Assert.Equal(ProposalStatus.Declined, proposal.Status);
    }

    [Fact]
    public void The_follow_up_falls_due_after_the_set_weeks()
    {
        var mediation = Placed();
        var placedAt = Build.Now.AddDays(4);

        Assert.False(mediation.IsFollowUpDue(placedAt + SixWeeks - TimeSpan.FromMinutes(1)));
        Assert.True(mediation.IsFollowUpDue(placedAt + SixWeeks));
        Assert.False(Requested().IsFollowUpDue(placedAt + SixWeeks));
    }

    [Fact]
    public void A_follow_up_that_closes_the_case_records_rating_story_consent_and_the_closing()
    {
        var mediation = Placed();
        var at = Build.Now.AddDays(50);

        mediation.RecordFollowUp(4, " Ze kookt elke dinsdag voor twintig buurtgenoten. ", storyMayBeUsed: true, close: true, Colleague, at);

        Assert.Equal(MediationStatus.Closed, mediation.Status);
        Assert.Equal((4, "Ze kookt elke dinsdag voor twintig buurtgenoten.", true), (mediation.FollowUpRating!.Value, mediation.FollowUpStory, mediation.StoryMayBeUsed));
        Assert.Equal((Colleague, at), (mediation.FollowUpBy!.Value, mediation.FollowedUpAt!.Value));
        Assert.Null(mediation.FollowUpDueAt);
        Assert.False(mediation.IsFollowUpDue(at.AddYears(1)));
        Assert.Equal((MediationStatus.Placed, MediationStatus.Closed, at, Colleague), (mediation.History[^1].From!.Value, mediation.History[^1].To, mediation.History[^1].At, mediation.History[^1].By!.Value));
    }

    [Fact]
    public void A_follow_up_can_leave_the_case_open_and_consent_without_a_story_means_nothing()
    {
        var mediation = Placed();

        mediation.RecordFollowUp(2, null, storyMayBeUsed: true, close: false, Staff, Build.Now.AddDays(50));

        Assert.Equal(MediationStatus.Placed, mediation.Status);
        Assert.False(mediation.StoryMayBeUsed);
        Assert.Null(mediation.FollowUpDueAt);
        mediation.Close(null, Staff, Build.Now.AddDays(60));
        Assert.Equal(MediationStatus.Closed, mediation.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_follow_up_rating_is_1_to_5(int rating)
    {
        var mediation = Placed();

        Assert.Equal("Kies hoe het gaat: een cijfer van 1 tot en met 5.", Assert.Throws<DomainException>(() => mediation.RecordFollowUp(rating, null, false, true, Staff, Build.Now)).Message);

        Assert.Equal(MediationStatus.Placed, mediation.Status);
        Assert.Null(mediation.FollowUpRating);
    }

    [Theory]
    [InlineData("Requested", "aangevraagd")]
    [InlineData("IntakeDone", "intakegesprek gehad")]
    [InlineData("Proposing", "op zoek naar een plek")]
    [InlineData("Closed", "afgesloten")]
    public void A_follow_up_belongs_to_a_placed_case_only(string status, string dutchStatus)
    {
        var mediation = InStatus(status);

        Assert.Equal($"Nazorg hoort bij een plaatsing; deze bemiddeling heeft status '{dutchStatus}'.", Assert.Throws<DomainException>(() => mediation.RecordFollowUp(4, null, false, true, Staff, Build.Now)).Message);

        Assert.Null(mediation.FollowUpRating);
    }

    [Theory]
    [InlineData("Requested")]
    [InlineData("IntakeDone")]
    [InlineData("Proposing")]
    [InlineData("Placed")]
    public void Staff_can_close_any_open_case_with_a_reason_in_the_history(string status)
    {
        var mediation = InStatus(status);
        var from = mediation.Status;

        mediation.Close("Verhuisd", Colleague, Build.Now.AddDays(70));

        Assert.Equal(MediationStatus.Closed, mediation.Status);
        Assert.Equal((from, MediationStatus.Closed, "Verhuisd", Colleague), (mediation.History[^1].From!.Value, mediation.History[^1].To, mediation.History[^1].Note, mediation.History[^1].By!.Value));
        Assert.DoesNotContain(mediation.Proposals, p => p.IsLive);
        Assert.Null(mediation.FollowUpDueAt);
    }

    [Fact]
    public void The_volunteer_withdrawing_declines_the_proposals_in_play()
    {
        var (mediation, proposal) = Proposing();

        mediation.Withdraw(Staff, Build.Now.AddDays(5));

        Assert.Equal(ProposalStatus.Declined, proposal.Status);
    }

    [Fact]
    public void Retention_removes_notes_and_support_needs_of_closed_cases_only()
    {
        var open = IntakeDone();
        open.AddNote("Vertrouwelijk", Staff, Build.Now);
        Assert.Equal("Notities gaan pas weg als de bemiddeling is afgesloten.", Assert.Throws<DomainException>(() => open.RemoveNotes(Build.Now)).Message);
        Assert.Single(open.Notes);

        open.Close(null, Staff, Build.Now.AddDays(1));
        open.RemoveNotes(Build.Now.AddYears(2));

        Assert.Empty(open.Notes);
        Assert.Null(open.SupportNeeds);
        Assert.Equal("Iets met koken", open.Wishes);
        Assert.Equal(Build.Now.AddYears(2), open.NotesRemovedAt);
    }

    [Fact]
    public void Anonymising_removes_everything_staff_wrote_about_the_person()
    {
        var (mediation, proposal) = Proposing();
        mediation.AddNote("Vertrouwelijk", Staff, Build.Now);
        mediation.DeclineProposal(proposal, "Te zwaar voor haar rug", Staff, Build.Now);

        mediation.Anonymise(Staff, Build.Now.AddDays(9));

        Assert.Equal(MediationStatus.Closed, mediation.Status);
        Assert.Empty(mediation.Notes);
        Assert.Null(mediation.Wishes);
        Assert.Null(mediation.SupportNeeds);
        Assert.Null(mediation.Abilities);
        Assert.Null(proposal.DeclineReason);
    }

    [Fact]
    public void Every_change_bumps_the_version_and_a_refused_one_does_not()
    {
        var mediation = Requested();
        var versions = new List<int> { mediation.Version };
        void Step(Action action)
        {
            action();
            versions.Add(mediation.Version);
        }

        Step(() => mediation.AssignTo(Colleague, Staff, Build.Now));
        Step(() => mediation.AddNote("Notitie", Staff, Build.Now));
        Step(() => mediation.RecordIntake(Intake(), Staff, Build.Now));
        MatchProposal? proposal = null;
        Step(() => proposal = mediation.Propose(10, Staff, Build.Now));
        var other = mediation.Propose(11, Staff, Build.Now);
        Step(() => mediation.DeclineProposal(other, null, Staff, Build.Now));
        Step(() => mediation.AcceptProposal(proposal!, Staff, Build.Now));
        Step(() => mediation.Place(proposal!, SixWeeks, Staff, Build.Now));
        Step(() => mediation.RecordFollowUp(3, null, false, false, Staff, Build.Now));
        Step(() => mediation.Close(null, Staff, Build.Now));
        Step(() => mediation.RemoveNotes(Build.Now));

        Assert.Equal(versions.Count, versions.Distinct().Count());
        Assert.Equal(versions.Order(), versions);
        var last = mediation.Version;
        Assert.Equal("Een afgesloten bemiddeling kun je niet meer aanvullen met een notitie.", Assert.Throws<DomainException>(() => mediation.AddNote("Te laat", Staff, Build.Now)).Message);
        Assert.Equal(last, mediation.Version);
    }

    [Fact]
    public void Staff_keep_a_record_for_someone_without_e_mail_only_with_recorded_consent()
    {
        var volunteer = Volunteer.WithoutAccount(" Fatima El Amrani ", null, "06 12345678", consentGiven: true, Staff, Build.Now);

        Assert.Null(volunteer.UserId);
        Assert.Null(volunteer.Email);
        Assert.Equal("Fatima El Amrani", volunteer.Name);
        Assert.Equal((Staff, Build.Now), (volunteer.RecordConsentRecordedBy!.Value, volunteer.RecordConsentAt!.Value));
        Assert.Equal("Leg vast dat de persoon toestemming geeft om de gegevens te bewaren.", Assert.Throws<DomainException>(() => Volunteer.WithoutAccount("Fatima", null, null, consentGiven: false, Staff, Build.Now)).Message);
        Assert.Equal("Geef je naam (hoogstens 100 tekens).", Assert.Throws<DomainException>(() => Volunteer.WithoutAccount(" ", null, null, consentGiven: true, Staff, Build.Now)).Message);
    }
}
