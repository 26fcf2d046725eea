using VrijwilligersPortal.Domain.Applications;

namespace VrijwilligersPortal.Domain.Tests;

public class ApplicationErasureTests
{
    private static readonly Guid VolunteerUser = Guid.Parse("33333333-3333-3333-3333-333333333333");

    [Fact]
    public void Anonymising_an_open_application_withdraws_it_and_frees_its_place()
    {
        var vacancy = Build.Published(Build.Content() with { Places = 1 });
        var application = vacancy.Apply(1, Build.Motivation, ContactPreference.Phone, VolunteerUser, Build.Now);
        Assert.True(vacancy.IsFull);

        application.Anonymise(VolunteerUser, Build.Now.AddDays(1));

        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
        Assert.Equal(string.Empty, application.Motivation);
        Assert.False(vacancy.IsFull);
        Assert.Equal("account verwijderd", application.History[^1].Note);
    }

    [Fact]
    public void Anonymising_a_declined_application_keeps_its_outcome_but_not_the_texts_about_the_person()
    {
        var application = Build.Published().Apply(1, Build.Motivation, ContactPreference.Email, VolunteerUser, Build.Now);
        application.Decline("Sanne woont te ver weg.", Build.Member, Build.Now.AddDays(1));

        application.Anonymise(VolunteerUser, Build.Now.AddDays(2));

        Assert.Equal(ApplicationStatus.Declined, application.Status);
        Assert.Null(application.DeclineReason);
        Assert.Equal(string.Empty, application.Motivation);
        Assert.Equal(2, application.History.Count);
        Assert.All(application.History, change => Assert.Null(change.Note));
        Assert.Equal(Build.Now, application.SubmittedAt);
    }

    [Fact]
    public void A_withdrawn_application_frees_its_place_for_someone_else()
    {
        var vacancy = Build.Published(Build.Content() with { Places = 1 });
        var first = vacancy.Apply(1, Build.Motivation, ContactPreference.Email, VolunteerUser, Build.Now);

        first.Withdraw(VolunteerUser, Build.Now);

        var second = vacancy.Apply(2, Build.Motivation, ContactPreference.Email, VolunteerUser, Build.Now);
        Assert.Equal(ApplicationStatus.Submitted, second.Status);
        Assert.True(vacancy.IsFull);
    }
}
