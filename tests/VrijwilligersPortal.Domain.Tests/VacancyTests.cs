using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;

namespace VrijwilligersPortal.Domain.Tests;

public class VacancyTests
{
    public enum Action
    {
        SubmitForReview,
        SubmitWithoutReview,
        Publish,
        SendBack,
        Pause,
        Resume,
        CloseAsFilled,
        Withdraw,
        Expire,
    }

    private static readonly DateOnly EndDate = DateOnly.FromDateTime(Build.Now.UtcDateTime).AddDays(10);

    public static TheoryData<VacancyStatus, Action, VacancyStatus?> Transitions()
    {
        var legal = new Dictionary<(VacancyStatus, Action), VacancyStatus>
        {
            [(VacancyStatus.Draft, Action.SubmitForReview)] = VacancyStatus.Submitted,
            [(VacancyStatus.Draft, Action.SubmitWithoutReview)] = VacancyStatus.Published,
            [(VacancyStatus.Submitted, Action.Publish)] = VacancyStatus.Published,
            [(VacancyStatus.Submitted, Action.SendBack)] = VacancyStatus.Draft,
            [(VacancyStatus.Published, Action.Pause)] = VacancyStatus.Paused,
            [(VacancyStatus.Paused, Action.Resume)] = VacancyStatus.Published,
            [(VacancyStatus.Published, Action.CloseAsFilled)] = VacancyStatus.Closed,
            [(VacancyStatus.Paused, Action.CloseAsFilled)] = VacancyStatus.Closed,
            [(VacancyStatus.Draft, Action.Withdraw)] = VacancyStatus.Closed,
            [(VacancyStatus.Submitted, Action.Withdraw)] = VacancyStatus.Closed,
            [(VacancyStatus.Published, Action.Withdraw)] = VacancyStatus.Closed,
            [(VacancyStatus.Paused, Action.Withdraw)] = VacancyStatus.Closed,
            [(VacancyStatus.Published, Action.Expire)] = VacancyStatus.Expired,
            [(VacancyStatus.Paused, Action.Expire)] = VacancyStatus.Expired,
        };
        var data = new TheoryData<VacancyStatus, Action, VacancyStatus?>();
        foreach (var status in Enum.GetValues<VacancyStatus>())
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
    public void Every_transition_is_allowed_only_from_its_lifecycle_state(VacancyStatus from, Action action, VacancyStatus? expected)
    {
        var vacancy = InStatus(from);
        var historyBefore = vacancy.History.Count;
        var at = action == Action.Expire ? Build.Now.AddDays(20) : Build.Now.AddDays(1);

        var act = () => Perform(vacancy, action, at);

        if (expected is { } to)
        {
            act();
            Assert.Equal(to, vacancy.Status);
            var last = vacancy.History[^1];
            Assert.Equal(historyBefore + 1, vacancy.History.Count);
            Assert.Equal((from, to, at), (last.From!.Value, last.To, last.At));
            Assert.Equal(action == Action.Expire ? null : Build.Staff, last.By);
        }
        else
        {
            var verb = action switch
            {
                Action.SubmitForReview or Action.SubmitWithoutReview => "indienen",
                Action.Publish => "publiceren",
                Action.SendBack => "terugsturen",
                Action.Pause => "pauzeren",
                Action.Resume => "hervatten",
                Action.CloseAsFilled => "als vervuld sluiten",
                Action.Withdraw => "intrekken",
                _ => "laten verlopen",
            };
            Assert.Equal($"Een vacature met status '{DutchNames.Of(from)}' kun je niet {verb}.", Assert.Throws<DomainException>(act).Message);
            Assert.Equal(from, vacancy.Status);
            Assert.Equal(historyBefore, vacancy.History.Count);
        }
    }

    [Fact]
    public void Expiring_before_the_end_date_is_refused()
    {
        var vacancy = Build.Published(Build.Content() with { EndDate = EndDate });

        var refusal = Assert.Throws<DomainException>(() => vacancy.Expire(Build.Now.AddDays(5)));

        Assert.Equal("Deze vacature loopt nog; de einddatum is niet voorbij.", refusal.Message);
    }

    [Fact]
    public void A_published_vacancy_past_its_end_date_counts_as_expired_before_anything_marks_it()
    {
        var vacancy = Build.Published(Build.Content() with { EndDate = EndDate });

        Assert.True(vacancy.IsPublicOn(EndDate));
        Assert.False(vacancy.IsExpiredOn(EndDate));
        Assert.False(vacancy.IsPublicOn(EndDate.AddDays(1)));
        Assert.True(vacancy.IsExpiredOn(EndDate.AddDays(1)));
    }

    [Fact]
    public void Publishing_sets_the_first_publication_time_once()
    {
        var vacancy = Build.Draft();
        vacancy.Submit(centreReviewsVacancies: true, Build.Member, Build.Now);
        Assert.Null(vacancy.PublishedAt);

        vacancy.Publish(Build.Staff, Build.Now.AddHours(2));
        vacancy.Pause(Build.Member, Build.Now.AddDays(1));
        vacancy.Resume(Build.Member, Build.Now.AddDays(2));

        Assert.Equal(Build.Now.AddHours(2), vacancy.PublishedAt);
    }

    [Fact]
    public void Sending_back_keeps_the_comment_for_the_organisation_until_it_submits_again()
    {
        var vacancy = Build.Draft();
        vacancy.Submit(centreReviewsVacancies: true, Build.Member, Build.Now);

        vacancy.SendBack("Noem ook de tijden.", Build.Staff, Build.Now);
        Assert.Equal("Noem ook de tijden.", vacancy.ReviewComment);

        vacancy.Submit(centreReviewsVacancies: true, Build.Member, Build.Now);
        Assert.Null(vacancy.ReviewComment);
    }

    [Fact]
    public void Submitting_a_vacancy_whose_end_date_passed_is_refused()
    {
        var vacancy = Build.Draft(Build.Content() with { EndDate = EndDate });

        Assert.Equal("De einddatum is al voorbij; pas die eerst aan.", Assert.Throws<DomainException>(() => vacancy.Submit(false, Build.Member, Build.Now.AddDays(11))).Message);
    }

    [Fact]
    public void A_closed_vacancy_cannot_be_edited()
    {
        var vacancy = Build.Published();
        vacancy.Close(ClosedReason.Filled, Build.Member, Build.Now);

        Assert.Equal("Een gesloten of verlopen vacature kan niet meer worden gewijzigd.", Assert.Throws<DomainException>(() => vacancy.Edit(Build.Content(), [], [], Build.Now)).Message);
    }

    [Theory]
    [InlineData(0, null, null, null, "Het aantal plaatsen is minstens 1.")]
    [InlineData(null, 0, null, null, "Het aantal uren per week ligt tussen 1 en 60.")]
    [InlineData(null, null, 5, null, "De minimumleeftijd ligt tussen 10 en 99 jaar.")]
    [InlineData(null, null, null, -1, "De einddatum ligt niet vóór de begindatum.")]
    public void Content_out_of_range_is_refused(int? places, int? hours, int? minimumAge, int? endBeforeStartDays, string message)
    {
        var start = DateOnly.FromDateTime(Build.Now.UtcDateTime);
        var content = Build.Content() with
        {
            Places = places,
            HoursPerWeek = hours,
            MinimumAge = minimumAge,
            StartDate = endBeforeStartDays is null ? null : start,
            EndDate = endBeforeStartDays is { } days ? start.AddDays(days) : null,
        };

        Assert.Equal(message, Assert.Throws<DomainException>(() => Build.Draft(content)).Message);
    }

    [Fact]
    public void Work_that_is_not_from_home_needs_a_postcode()
    {
        var content = Build.Content() with { Postcode = null, IsRemote = false };

        Assert.Equal("Geef een postcode, of kies dat het werk vanuit huis kan.", Assert.Throws<DomainException>(() => Build.Draft(content)).Message);
        Assert.Equal(VacancyStatus.Draft, Build.Draft(content with { IsRemote = true }).Status);
    }

    [Fact]
    public void Duplicating_makes_a_new_draft_with_the_same_content()
    {
        var vacancy = Build.Published(Build.Content() with { Places = 3 });

        var copy = vacancy.Duplicate(Build.Member, Build.Now.AddDays(1));

        Assert.Equal(VacancyStatus.Draft, copy.Status);
        Assert.Equal("Knotploeg (kopie)", copy.Title);
        Assert.Equal(3, copy.Places);
        Assert.Equal(vacancy.Schedule, copy.Schedule);
    }

    [Theory]
    [InlineData(OrganisationStatus.Pending)]
    [InlineData(OrganisationStatus.Rejected)]
    [InlineData(OrganisationStatus.Suspended)]
    public void An_organisation_that_is_not_approved_keeps_its_vacancies_as_drafts(OrganisationStatus status)
    {
        var organisation = Build.Organisation();
        switch (status)
        {
            case OrganisationStatus.Rejected:
                organisation.Reject("Geen vrijwilligerswerk.", Build.Staff, Build.Now);
                break;
            case OrganisationStatus.Suspended:
                organisation.Approve(Build.Staff, Build.Now);
                organisation.Suspend("Klachten.", Build.Staff, Build.Now);
                break;
        }

        var vacancy = Vacancy.CreateDraft(organisation.Id, Build.Content(), [], [], Build.Member, Build.Now);

        var refusal = Assert.Throws<DomainException>(() => vacancy.Submit(organisation, centreReviewsVacancies: false, Build.Member, Build.Now));

        Assert.Equal($"Je organisatie is {DutchNames.Of(status)}; je kunt vacatures als concept voorbereiden, maar pas indienen als de centrale de organisatie heeft goedgekeurd.", refusal.Message);
        Assert.Equal(VacancyStatus.Draft, vacancy.Status);
    }

    [Fact]
    public void Staff_cannot_publish_a_waiting_vacancy_of_an_organisation_suspended_meanwhile()
    {
        var organisation = Build.Organisation();
        organisation.Approve(Build.Staff, Build.Now);
        var vacancy = Vacancy.CreateDraft(organisation.Id, Build.Content(), [], [], Build.Member, Build.Now);
        vacancy.Submit(organisation, centreReviewsVacancies: true, Build.Member, Build.Now);
        organisation.Suspend("Klachten.", Build.Staff, Build.Now);

        var refusal = Assert.Throws<DomainException>(() => vacancy.Publish(organisation, Build.Staff, Build.Now));

        Assert.Equal("De organisatie van deze vacature is geschorst; publiceren kan pas als de centrale haar (weer) heeft goedgekeurd.", refusal.Message);
        Assert.Equal(VacancyStatus.Submitted, vacancy.Status);

        organisation.Reinstate(Build.Staff, Build.Now);
        vacancy.Publish(organisation, Build.Staff, Build.Now.AddHours(1));
        Assert.Equal(VacancyStatus.Published, vacancy.Status);
        Assert.Equal(Build.Staff, vacancy.History[^1].By);
        Assert.Equal(Build.Now.AddHours(1), vacancy.History[^1].At);
    }

    [Theory]
    [InlineData(true, VacancyStatus.Submitted)]
    [InlineData(false, VacancyStatus.Published)]
    public void An_approved_organisation_submits_for_review_or_publishes_as_the_centre_decides(bool review, VacancyStatus expected)
    {
        var organisation = Build.Organisation();
        organisation.Approve(Build.Staff, Build.Now);
        var vacancy = Vacancy.CreateDraft(organisation.Id, Build.Content(), [], [], Build.Member, Build.Now);

        vacancy.Submit(organisation, review, Build.Member, Build.Now);

        Assert.Equal(expected, vacancy.Status);
    }

    [Fact]
    public void A_vacancy_is_submitted_only_for_its_own_organisation()
    {
        var organisation = Build.Organisation();
        organisation.Approve(Build.Staff, Build.Now);
        var vacancy = Vacancy.CreateDraft(organisation.Id + 1, Build.Content(), [], [], Build.Member, Build.Now);

        Assert.Equal("Deze vacature hoort niet bij deze organisatie.", Assert.Throws<DomainException>(() => vacancy.Submit(organisation, centreReviewsVacancies: false, Build.Member, Build.Now)).Message);
        Assert.Equal(VacancyStatus.Draft, vacancy.Status);
    }

    private static Vacancy InStatus(VacancyStatus status)
    {
        var vacancy = Build.Draft(Build.Content() with { EndDate = EndDate });
        switch (status)
        {
            case VacancyStatus.Submitted:
                vacancy.Submit(centreReviewsVacancies: true, Build.Member, Build.Now);
                break;
            case VacancyStatus.Published:
                vacancy.Submit(centreReviewsVacancies: false, Build.Member, Build.Now);
                break;
            case VacancyStatus.Paused:
                vacancy.Submit(centreReviewsVacancies: false, Build.Member, Build.Now);
                vacancy.Pause(Build.Member, Build.Now);
                break;
            case VacancyStatus.Closed:
                vacancy.Close(ClosedReason.Withdrawn, Build.Member, Build.Now);
                break;
            case VacancyStatus.Expired:
                vacancy.Submit(centreReviewsVacancies: false, Build.Member, Build.Now);
                vacancy.Expire(Build.Now.AddDays(11));
                break;
        }

        return vacancy;
    }

    private static void Perform(Vacancy vacancy, Action action, DateTimeOffset at)
    {
        switch (action)
        {
            case Action.SubmitForReview: vacancy.Submit(true, Build.Staff, at); break;
            case Action.SubmitWithoutReview: vacancy.Submit(false, Build.Staff, at); break;
            case Action.Publish: vacancy.Publish(Build.Staff, at); break;
            case Action.SendBack: vacancy.SendBack("Graag aanvullen.", Build.Staff, at); break;
            case Action.Pause: vacancy.Pause(Build.Staff, at); break;
            case Action.Resume: vacancy.Resume(Build.Staff, at); break;
            case Action.CloseAsFilled: vacancy.Close(ClosedReason.Filled, Build.Staff, at); break;
            case Action.Withdraw: vacancy.Close(ClosedReason.Withdrawn, Build.Staff, at); break;
            case Action.Expire: vacancy.Expire(at); break;
        }
    }

    [Fact]
    public void An_English_title_and_summary_are_kept_beside_the_Dutch_text_and_copied_with_a_duplicate()
    {
        var vacancy = Build.Draft(Build.Content() with { EnglishTitle = " Garden helper ", EnglishSummary = "Weeding on Saturdays." });

        Assert.Equal(("Garden helper", "Weeding on Saturdays."), (vacancy.EnglishTitle, vacancy.EnglishSummary));
        var copy = vacancy.Duplicate(Build.Member, Build.Now);
        Assert.Equal(("Garden helper", "Weeding on Saturdays."), (copy.EnglishTitle, copy.EnglishSummary));

        vacancy.Edit(vacancy.Content() with { EnglishTitle = "  ", EnglishSummary = null }, [], [], Build.Now);
        Assert.Equal((null, null), (vacancy.EnglishTitle, vacancy.EnglishSummary));
    }

    [Fact]
    public void An_English_title_longer_than_the_Dutch_limit_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() => Build.Draft(Build.Content() with { EnglishTitle = new string('x', 121) }));

        Assert.Equal("De Engelse titel is hoogstens 120 tekens.", refusal.Message);
    }
}
