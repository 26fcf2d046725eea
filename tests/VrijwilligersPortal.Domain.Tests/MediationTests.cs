using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Mediations;

namespace VrijwilligersPortal.Domain.Tests;

public class MediationTests
{
    private static readonly Guid VolunteerUser = Guid.Parse("33333333-3333-3333-3333-333333333333");

    [Fact]
    public void Asking_for_help_opens_a_requested_case_recording_who_asked_and_when()
    {
        var mediation = Mediation.Request(5, "  Ik weet niet goed wat bij me past. ", VolunteerUser, Build.Now);

        Assert.Equal(MediationStatus.Requested, mediation.Status);
        Assert.Equal(5, mediation.VolunteerId);
        Assert.Equal("Ik weet niet goed wat bij me past.", mediation.Question);
        Assert.Equal(Build.Now, mediation.RequestedAt);
        Assert.True(mediation.IsActive);
        var opened = Assert.Single(mediation.History);
        Assert.Equal((null, MediationStatus.Requested, Build.Now, VolunteerUser), (opened.From, opened.To, opened.At, opened.By));
    }

    [Fact]
    public void The_question_is_optional_but_at_most_1000_characters()
    {
        Assert.Null(Mediation.Request(5, "   ", VolunteerUser, Build.Now).Question);
        Assert.Equal("Beschrijf je hulpvraag in hoogstens 1000 tekens.", Assert.Throws<DomainException>(() => Mediation.Request(5, new string('a', 1001), VolunteerUser, Build.Now)).Message);
        Assert.Equal(1000, Mediation.Request(5, new string('a', 1000), VolunteerUser, Build.Now).Question!.Length);
    }

    [Fact]
    public void The_volunteer_can_withdraw_a_request_which_closes_it_once()
    {
        var mediation = Mediation.Request(5, null, VolunteerUser, Build.Now);
        var at = Build.Now.AddDays(2);

        mediation.Withdraw(VolunteerUser, at);

        Assert.Equal(MediationStatus.Closed, mediation.Status);
        Assert.False(mediation.IsActive);
        Assert.Equal(at, mediation.StatusChangedAt);
        var closed = mediation.History[^1];
        Assert.Equal((MediationStatus.Requested, MediationStatus.Closed, at, VolunteerUser), (closed.From!.Value, closed.To, closed.At, closed.By!.Value));
        Assert.Equal("Een hulpvraag met status 'afgesloten' kun je niet meer intrekken.", Assert.Throws<DomainException>(() => mediation.Withdraw(VolunteerUser, at)).Message);
        Assert.Equal(2, mediation.History.Count);
    }

    [Fact]
    public void Anonymising_closes_an_active_case_and_removes_the_volunteers_words()
    {
        var mediation = Mediation.Request(5, "Ik zoek iets met dieren.", VolunteerUser, Build.Now);

        mediation.Anonymise(VolunteerUser, Build.Now.AddDays(1));

        Assert.Equal(MediationStatus.Closed, mediation.Status);
        Assert.Null(mediation.Question);
        Assert.Equal(5, mediation.VolunteerId);
        Assert.Equal("account verwijderd", mediation.History[^1].Note);
    }

    [Fact]
    public void Anonymising_a_closed_case_keeps_its_history_without_notes()
    {
        var mediation = Mediation.Request(5, null, VolunteerUser, Build.Now);
        mediation.Withdraw(VolunteerUser, Build.Now.AddDays(1));

        mediation.Anonymise(VolunteerUser, Build.Now.AddDays(2));

        Assert.Equal(2, mediation.History.Count);
        Assert.All(mediation.History, change => Assert.Null(change.Note));
        Assert.Equal(Build.Now.AddDays(1), mediation.StatusChangedAt);
    }
}
