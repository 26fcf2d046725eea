using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Vacancies;

namespace VrijwilligersPortal.Domain.Tests;

public class ApplicationTests
{
    private static readonly Guid VolunteerUser = Guid.Parse("33333333-3333-3333-3333-333333333333");

    public enum Action
    {
        StartContact,
        Place,
        Decline,
        Withdraw,
    }

    public static TheoryData<ApplicationStatus, Action, ApplicationStatus?> Transitions()
    {
        var legal = new Dictionary<(ApplicationStatus, Action), ApplicationStatus>
        {
            [(ApplicationStatus.Submitted, Action.StartContact)] = ApplicationStatus.InContact,
            [(ApplicationStatus.Submitted, Action.Place)] = ApplicationStatus.Placed,
            [(ApplicationStatus.InContact, Action.Place)] = ApplicationStatus.Placed,
            [(ApplicationStatus.Submitted, Action.Decline)] = ApplicationStatus.Declined,
            [(ApplicationStatus.InContact, Action.Decline)] = ApplicationStatus.Declined,
            [(ApplicationStatus.Submitted, Action.Withdraw)] = ApplicationStatus.Withdrawn,
            [(ApplicationStatus.InContact, Action.Withdraw)] = ApplicationStatus.Withdrawn,
        };
        var data = new TheoryData<ApplicationStatus, Action, ApplicationStatus?>();
        foreach (var status in Enum.GetValues<ApplicationStatus>())
        {
            foreach (var action in Enum.GetValues<Action>())
            {
                data.Add(status, action, legal.TryGetValue((status, action), out var to) ? to : null);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Every_transition_is_allowed_only_from_its_lifecycle_state(ApplicationStatus from, Action action, ApplicationStatus? expected)
    {
        var application = InStatus(from);
        var at = Build.Now.AddDays(3);

        var act = () => Perform(application, action, at);

        if (expected is { } to)
        {
            act();
            Assert.Equal(to, application.Status);
            Assert.Equal(at, application.StatusChangedAt);
            var last = application.History[^1];
            Assert.Equal((from, to, at, Build.Member), (last.From!.Value, last.To, last.At, last.By!.Value));
        }
        else
        {
            var verb = action switch
            {
                Action.StartContact => "in contact zetten",
                Action.Place => "als geplaatst markeren",
                Action.Decline => "afwijzen",
                _ => "intrekken",
            };
            Assert.Equal($"Een reactie met status '{DutchNames.Of(from)}' kun je niet {verb}.", Assert.Throws<DomainException>(act).Message);
            Assert.Equal(from, application.Status);
        }
    }

    [Fact]
    public void Applying_records_who_sent_it_and_when()
    {
        var vacancy = Build.Published();

        var application = vacancy.Apply(7, Build.Motivation, ContactPreference.Phone, VolunteerUser, Build.Now);

        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(7, application.VolunteerId);
        var sent = Assert.Single(application.History);
        Assert.Equal((null, ApplicationStatus.Submitted, Build.Now, VolunteerUser), (sent.From, sent.To, sent.At, sent.By));
    }

    [Theory]
    [InlineData(new[] { Action.StartContact, Action.Place }, 1, 2)]
    [InlineData(new[] { Action.Place }, 1, 1)]
    [InlineData(new[] { Action.StartContact, Action.Decline }, 1, null)]
    [InlineData(new[] { Action.Decline }, 1, null)]
    [InlineData(new[] { Action.StartContact, Action.Withdraw }, 1, null)]
    [InlineData(new[] { Action.Withdraw }, null, null)]
    public void The_first_answer_and_the_placement_are_the_moments_in_the_history(Action[] actions, int? answeredOnDay, int? placedOnDay)
    {
        var application = InStatus(ApplicationStatus.Submitted);

        for (var day = 1; day <= actions.Length; day++)
        {
            Perform(application, actions[day - 1], Build.Now.AddDays(day));
        }

        Assert.Equal(answeredOnDay is { } answered ? Build.Now.AddDays(answered) : null, application.FirstAnsweredAt);
        Assert.Equal(placedOnDay is { } placed ? Build.Now.AddDays(placed) : null, application.PlacedAt);
        Assert.Equal(
            application.History.Where(h => h.To is ApplicationStatus.InContact or ApplicationStatus.Placed or ApplicationStatus.Declined).Select(h => (DateTimeOffset?)h.At).FirstOrDefault(),
            application.FirstAnsweredAt);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(60 * 24 * 7, 168)]
    [InlineData((60 * 24 * 7) + 1, 169)]
    public void The_wait_for_the_first_answer_is_kept_in_whole_hours_rounded_up_and_only_for_the_first_answer(int minutes, int hours)
    {
        var application = InStatus(ApplicationStatus.Submitted);
        var sentAt = application.SubmittedAt;

        application.StartContact(Build.Member, sentAt.AddMinutes(minutes));
        application.Place(Build.Member, sentAt.AddDays(30));

        // Exactly 7 days is 168 hours and counts as "within 7 days"; one minute more does not.
        Assert.Equal(hours, application.HoursToFirstAnswer);
    }

    [Fact]
    public void Declining_shows_the_volunteer_a_reason()
    {
        var application = InStatus(ApplicationStatus.Submitted);

        Assert.Equal("Geef de vrijwilliger een reden (hoogstens 1000 tekens); die krijgt hij of zij te zien.", Assert.Throws<DomainException>(() => application.Decline("", Build.Member, Build.Now)).Message);
        application.Decline("We zoeken iemand op doordeweekse dagen.", Build.Member, Build.Now);

        Assert.Equal("We zoeken iemand op doordeweekse dagen.", application.DeclineReason);
    }

    [Theory]
    [InlineData(19, false)]
    [InlineData(20, true)]
    [InlineData(2000, true)]
    [InlineData(2001, false)]
    public void The_motivation_is_20_to_2000_characters(int length, bool accepted)
    {
        var vacancy = Build.Published();
        var motivation = new string('a', length);

        var act = () => vacancy.Apply(1, motivation, ContactPreference.Email, VolunteerUser, Build.Now);

        if (accepted)
        {
            Assert.Equal(ApplicationStatus.Submitted, act().Status);
        }
        else
        {
            Assert.Equal("Schrijf een korte motivatie van 20 tot 2000 tekens.", Assert.Throws<DomainException>(act).Message);
            Assert.Empty(vacancy.Applications);
        }
    }

    [Fact]
    public void A_volunteer_has_one_open_application_per_vacancy()
    {
        var vacancy = Build.Published();
        var first = vacancy.Apply(1, Build.Motivation, ContactPreference.Email, VolunteerUser, Build.Now);

        Assert.Equal("Je hebt al op deze vacature gereageerd.", Assert.Throws<DomainException>(() => vacancy.Apply(1, Build.Motivation, ContactPreference.Email, VolunteerUser, Build.Now)).Message);

        first.Withdraw(VolunteerUser, Build.Now);
        var second = vacancy.Apply(1, Build.Motivation, ContactPreference.Email, VolunteerUser, Build.Now);
        Assert.Equal(ApplicationStatus.Submitted, second.Status);
    }

    [Fact]
    public void A_vacancy_stops_taking_applications_when_its_places_are_taken_and_reopens_when_one_is_freed()
    {
        var vacancy = Build.Published(Build.Content() with { Places = 2 });
        var first = vacancy.Apply(1, Build.Motivation, ContactPreference.Email, VolunteerUser, Build.Now);
        var second = vacancy.Apply(2, Build.Motivation, ContactPreference.Email, VolunteerUser, Build.Now);
        second.Place(Build.Member, Build.Now);

        Assert.True(vacancy.IsFull);
        var refusal = Assert.Throws<DomainException>(() => vacancy.Apply(3, Build.Motivation, ContactPreference.Email, VolunteerUser, Build.Now));
        Assert.Equal("Alle plaatsen voor deze vacature zijn al bezet.", refusal.Message);

        first.Decline("Past niet bij de tijden.", Build.Member, Build.Now);
        Assert.Equal(1, vacancy.PlacesLeft);
        vacancy.Apply(3, Build.Motivation, ContactPreference.Email, VolunteerUser, Build.Now);
        Assert.True(vacancy.IsFull);
    }

    [Fact]
    public void Applying_bumps_the_vacancy_version_so_concurrent_applications_conflict()
    {
        var vacancy = Build.Published(Build.Content() with { Places = 1 });
        var before = vacancy.Version;

        vacancy.Apply(1, Build.Motivation, ContactPreference.Email, VolunteerUser, Build.Now);

        Assert.NotEqual(before, vacancy.Version);
    }

    [Theory]
    [InlineData(VacancyStatus.Draft)]
    [InlineData(VacancyStatus.Paused)]
    [InlineData(VacancyStatus.Closed)]
    public void Only_a_public_vacancy_takes_applications(VacancyStatus status)
    {
        var vacancy = Build.Draft();
        if (status != VacancyStatus.Draft)
        {
            vacancy.Submit(false, Build.Member, Build.Now);
        }

        if (status == VacancyStatus.Paused)
        {
            vacancy.Pause(Build.Member, Build.Now);
        }
        else if (status == VacancyStatus.Closed)
        {
            vacancy.Close(ClosedReason.Filled, Build.Member, Build.Now);
        }

        Assert.Equal("Op deze vacature kun je niet meer reageren.", Assert.Throws<DomainException>(() => vacancy.Apply(1, Build.Motivation, ContactPreference.Email, VolunteerUser, Build.Now)).Message);
    }

    [Fact]
    public void An_application_is_unanswered_when_nobody_reacted_within_the_threshold()
    {
        var application = InStatus(ApplicationStatus.Submitted);
        var threshold = TimeSpan.FromDays(10);

        Assert.False(application.IsUnanswered(Build.Now.AddDays(10), threshold));
        Assert.True(application.IsUnanswered(Build.Now.AddDays(10).AddMinutes(1), threshold));

        application.StartContact(Build.Member, Build.Now.AddDays(11));
        Assert.False(application.IsUnanswered(Build.Now.AddDays(12), threshold));
    }

    private static Application InStatus(ApplicationStatus status)
    {
        var application = Build.Published().Apply(1, Build.Motivation, ContactPreference.Email, VolunteerUser, Build.Now);
        switch (status)
        {
            case ApplicationStatus.InContact: application.StartContact(Build.Member, Build.Now); break;
            case ApplicationStatus.Placed: application.Place(Build.Member, Build.Now); break;
            case ApplicationStatus.Declined: application.Decline("Reden", Build.Member, Build.Now); break;
            case ApplicationStatus.Withdrawn: application.Withdraw(VolunteerUser, Build.Now); break;
        }

        return application;
    }

    private static void Perform(Application application, Action action, DateTimeOffset at)
    {
        switch (action)
        {
            case Action.StartContact: application.StartContact(Build.Member, at); break;
            case Action.Place: application.Place(Build.Member, at); break;
            case Action.Decline: application.Decline("Reden", Build.Member, at); break;
            case Action.Withdraw: application.Withdraw(Build.Member, at); break;
        }
    }
}
