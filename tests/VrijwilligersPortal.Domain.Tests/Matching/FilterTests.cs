using VrijwilligersPortal.Domain.Matching;
using static VrijwilligersPortal.Domain.Tests.Matching.MatchBuild;

namespace VrijwilligersPortal.Domain.Tests.Matching;

public class FilterTests
{
    private readonly Matcher _matcher = Matcher();

    [Fact]
    public void The_default_pair_passes_every_filter()
    {
        var match = _matcher.Explain(Volunteer(), Vacancy(), Now);

        Assert.False(match.IsExcluded);
        Assert.Single(_matcher.RankVacancies(Volunteer(), [Vacancy()], Now));
    }

    [Fact]
    public void Unpublished_vacancy_is_not_suggested_and_says_why()
    {
        var vacancy = Vacancy() with { IsPublished = false };

        AssertExcluded(Volunteer(), vacancy, MatchFilter.NotPublished, "Deze vacature staat niet (meer) open.");
    }

    [Fact]
    public void Full_vacancy_is_not_suggested_but_one_with_a_place_left_or_no_limit_is()
    {
        AssertExcluded(Volunteer(), Vacancy() with { PlacesLeft = 0 }, MatchFilter.Full, "Alle plaatsen voor deze vacature zijn al bezet.");
        Assert.False(_matcher.Explain(Volunteer(), Vacancy() with { PlacesLeft = 1 }, Now).IsExcluded);
        Assert.False(_matcher.Explain(Volunteer(), Vacancy() with { PlacesLeft = null }, Now).IsExcluded);
    }

    [Fact]
    public void Volunteer_younger_than_the_minimum_age_is_filtered_out()
    {
        var volunteer = Volunteer() with { BirthYear = Now.Year - 16 };
        var vacancy = Vacancy() with { MinimumAge = 18 };

        AssertExcluded(volunteer, vacancy, MatchFilter.TooYoung, "De minimumleeftijd is 18 jaar; jij wordt dit jaar 16.");
    }

    [Fact]
    public void Volunteer_who_reaches_the_minimum_age_this_year_passes()
    {
        var volunteer = Volunteer() with { BirthYear = Now.Year - 18 };

        Assert.False(_matcher.Explain(volunteer, Vacancy() with { MinimumAge = 18 }, Now).IsExcluded);
    }

    [Fact]
    public void Unknown_birth_year_does_not_hide_vacancies_with_a_minimum_age()
    {
        Assert.False(_matcher.Explain(Volunteer() with { BirthYear = null }, Vacancy() with { MinimumAge = 18 }, Now).IsExcluded);
    }

    [Fact]
    public void Vacancy_requiring_a_vog_is_filtered_for_a_volunteer_who_will_not_get_one()
    {
        var unwilling = Volunteer() with { WillingToGetVog = false };
        var vacancy = Vacancy() with { RequiresVog = true };

        AssertExcluded(unwilling, vacancy, MatchFilter.VogRequired, "Voor dit werk is een VOG nodig, en volgens je profiel wil je die niet aanvragen.");
        Assert.False(_matcher.Explain(Volunteer() with { WillingToGetVog = true }, vacancy, Now).IsExcluded);
        Assert.False(_matcher.Explain(unwilling, Vacancy() with { RequiresVog = false }, Now).IsExcluded);
    }

    [Fact]
    public void Vacancy_beyond_the_travel_limit_is_filtered_with_its_distance()
    {
        var volunteer = Volunteer() with { Location = Utrecht, MaxDistanceKm = 10 };
        var vacancy = Vacancy() with { Location = North(Utrecht, 12.4) };

        AssertExcluded(volunteer, vacancy, MatchFilter.TooFar, "Dit is 12 km van je postcode; je wilt hoogstens 10 km reizen.");
    }

    [Fact]
    public void Travel_limit_is_measured_as_the_crow_flies_in_every_direction()
    {
        // Same latitude: only the great-circle distance can tell this one is too far.
        var volunteer = Volunteer() with { Location = Utrecht, MaxDistanceKm = 10 };

        Assert.True(_matcher.Explain(volunteer, Vacancy() with { Location = East(Utrecht, 10.5) }, Now).IsExcluded);
        Assert.False(_matcher.Explain(volunteer, Vacancy() with { Location = East(Utrecht, 9.5) }, Now).IsExcluded);
        Assert.Empty(_matcher.RankVacancies(volunteer, [Vacancy() with { Location = East(Utrecht, 10.5) }], Now));
    }

    [Fact]
    public void Just_over_the_limit_shows_the_decimal_so_the_numbers_do_not_look_equal()
    {
        var volunteer = Volunteer() with { Location = Utrecht, MaxDistanceKm = 25 };
        var match = _matcher.Explain(volunteer, Vacancy() with { Location = North(Utrecht, 25.3) }, Now);

        Assert.Equal("Dit is 25,3 km van je postcode; je wilt hoogstens 25 km reizen.", Assert.Single(match.Exclusions).Text);
    }

    [Fact]
    public void Work_from_home_is_never_too_far()
    {
        var volunteer = Volunteer() with { Location = Utrecht, MaxDistanceKm = 5 };
        var vacancy = Vacancy() with { Location = North(Utrecht, 100), IsRemote = true };

        Assert.False(_matcher.Explain(volunteer, vacancy, Now).IsExcluded);
    }

    [Fact]
    public void Without_a_travel_limit_or_a_location_distance_filters_nothing()
    {
        var far = Vacancy() with { Location = North(Utrecht, 150) };

        Assert.False(_matcher.Explain(Volunteer() with { Location = Utrecht }, far, Now).IsExcluded);
        Assert.False(_matcher.Explain(Volunteer() with { MaxDistanceKm = 5 }, far, Now).IsExcluded);
        Assert.False(_matcher.Explain(Volunteer() with { Location = Utrecht, MaxDistanceKm = 5 }, Vacancy(), Now).IsExcluded);
    }

    [Fact]
    public void Vacancy_the_volunteer_already_applied_to_is_not_suggested_again()
    {
        var volunteer = Volunteer() with { AppliedVacancyIds = [7, 100, 250] };

        AssertExcluded(volunteer, Vacancy(100), MatchFilter.AlreadyApplied, "Je hebt al op deze vacature gereageerd.");
        Assert.False(_matcher.Explain(volunteer, Vacancy(101), Now).IsExcluded);
    }

    [Fact]
    public void Volunteers_who_did_not_consent_are_never_proposed_for_a_vacancy()
    {
        var consenting = Volunteer(1) with { ConsentToBeProposed = true };
        var private_ = Volunteer(2) with { ConsentToBeProposed = false, InterestIds = [CareCategory] };

        var ranked = _matcher.RankVolunteers(Vacancy(), [private_, consenting], Now);

        Assert.Equal([1], ranked.Select(m => m.Volunteer.Id));
        var why = _matcher.Explain(private_, Vacancy(), Now, MatchDirection.VolunteersForVacancy);
        Assert.Equal(MatchFilter.NoConsent, Assert.Single(why.Exclusions).Filter);
        Assert.Equal("Heeft geen toestemming gegeven om voorgesteld te worden.", why.Exclusions[0].Text);
    }

    [Fact]
    public void Consent_is_not_needed_to_see_vacancies_yourself()
    {
        var volunteer = Volunteer() with { ConsentToBeProposed = false };

        Assert.Single(_matcher.RankVacancies(volunteer, [Vacancy()], Now));
    }

    [Fact]
    public void Why_not_lists_every_filter_that_fails_and_still_gives_the_reasons()
    {
        var volunteer = Volunteer() with
        {
            InterestIds = [CareCategory],
            BirthYear = Now.Year - 15,
            WillingToGetVog = false,
            Location = Utrecht,
            MaxDistanceKm = 5,
            AppliedVacancyIds = [100],
        };
        var vacancy = Vacancy(100) with { IsPublished = false, PlacesLeft = 0, MinimumAge = 16, RequiresVog = true, Location = North(Utrecht, 8) };

        var match = _matcher.Explain(volunteer, vacancy, Now);

        Assert.Equal(
            [MatchFilter.NotPublished, MatchFilter.Full, MatchFilter.TooYoung, MatchFilter.VogRequired, MatchFilter.AlreadyApplied, MatchFilter.TooFar],
            match.Exclusions.Select(e => e.Filter));
        Assert.Contains(match.Reasons, r => r.Text == "Past bij je interesse Zorg & welzijn");
    }

    [Fact]
    public void Staff_read_why_not_about_the_volunteer()
    {
        var volunteer = Volunteer() with { BirthYear = Now.Year - 15, WillingToGetVog = false, Location = Utrecht, MaxDistanceKm = 5, AppliedVacancyIds = [100] };
        var vacancy = Vacancy(100) with { MinimumAge = 16, RequiresVog = true, Location = North(Utrecht, 8) };

        var texts = _matcher.Explain(volunteer, vacancy, Now, MatchDirection.VolunteersForVacancy).Exclusions.Select(e => e.Text);

        Assert.Equal(
            [
                "Te jong: de minimumleeftijd is 16 jaar, de vrijwilliger wordt dit jaar 15.",
                "Wil geen VOG aanvragen, en die is voor dit werk nodig.",
                "Heeft al op deze vacature gereageerd.",
                "Woont 8,0 km van de vacature en wil hoogstens 5 km reizen.",
            ],
            texts);
    }

    [Fact]
    public void Ranking_filters_exactly_the_pairs_that_explain_excludes()
    {
        // Many pairs around the distance limit, in all directions, with the other filters mixed in.
        var random = new Random(6);
        var volunteer = Volunteer() with { Location = Utrecht, MaxDistanceKm = 15, BirthYear = Now.Year - 17, WillingToGetVog = false, AppliedVacancyIds = [3, 30, 300] };
        var vacancies = Enumerable.Range(1, 2000).Select(id => Vacancy(id) with
        {
            Location = new(Utrecht.Latitude + ((random.NextDouble() - 0.5) * 0.5), Utrecht.Longitude + ((random.NextDouble() - 0.5) * 0.8)),
            MinimumAge = random.Next(10) == 0 ? 18 : null,
            RequiresVog = random.Next(10) == 0,
            PlacesLeft = random.Next(20) == 0 ? 0 : null,
        }).ToList();

        var ranked = _matcher.RankVacancies(volunteer, vacancies, Now, count: vacancies.Count).Select(m => m.Vacancy.Id).Order();
        var passing = vacancies.Where(v => !_matcher.Explain(volunteer, v, Now).IsExcluded).Select(v => v.Id).Order();

        Assert.Equal(passing, ranked);
        Assert.InRange(passing.Count(), 100, 1900);
    }

    private void AssertExcluded(VolunteerSnapshot volunteer, VacancySnapshot vacancy, MatchFilter filter, string text)
    {
        var match = _matcher.Explain(volunteer, vacancy, Now);

        var exclusion = Assert.Single(match.Exclusions);
        Assert.Equal(filter, exclusion.Filter);
        Assert.Equal(text, exclusion.Text);
        Assert.Empty(_matcher.RankVacancies(volunteer, [vacancy], Now));
    }
}
