using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Matching;
using static VrijwilligersPortal.Domain.Tests.Matching.MatchBuild;

namespace VrijwilligersPortal.Domain.Tests.Matching;

public class RankingTests
{
    private readonly Matcher _matcher = Matcher();

    [Fact]
    public void Ranks_the_vacancy_that_fits_on_more_signals_first()
    {
        var volunteer = Volunteer() with { InterestIds = [NatureCategory], Availability = TuesdayMorning, Location = Utrecht, MaxDistanceKm = 20 };
        var nearbyNature = Vacancy(1) with { CategoryId = NatureCategory, Schedule = TuesdayMorning, Location = North(Utrecht, 2) };
        var farNature = Vacancy(2) with { CategoryId = NatureCategory, Schedule = TuesdayMorning, Location = North(Utrecht, 15) };
        var nearbyCare = Vacancy(3) with { CategoryId = CareCategory, Schedule = TuesdayMorning, Location = North(Utrecht, 1) };

        var ranked = _matcher.RankVacancies(volunteer, [nearbyCare, farNature, nearbyNature], Now);

        Assert.Equal([1, 2, 3], ranked.Select(m => m.Vacancy.Id));
        Assert.True(ranked[0].Score > ranked[1].Score && ranked[1].Score > ranked[2].Score);
    }

    [Fact]
    public void Ranks_volunteer_with_all_required_skills_first()
    {
        var vacancy = Vacancy() with { SkillIds = [DrivingLicence, Cooking] };
        var both = Volunteer(3) with { SkillIds = [Cooking, DrivingLicence, Listening] };
        var one = Volunteer(1) with { SkillIds = [DrivingLicence] };
        var none = Volunteer(2) with { SkillIds = [Listening] };

        var ranked = _matcher.RankVolunteers(vacancy, [none, one, both], Now);

        Assert.Equal([3, 1, 2], ranked.Select(m => m.Volunteer.Id));
    }

    [Fact]
    public void Equal_scores_are_ordered_by_id_whatever_the_input_order()
    {
        var volunteer = Volunteer() with { InterestIds = [CareCategory] };
        var vacancies = new[] { 42, 7, 19, 3, 88 }.Select(id => Vacancy(id)).ToList();

        var forward = _matcher.RankVacancies(volunteer, vacancies, Now, count: 3);
        vacancies.Reverse();
        var backward = _matcher.RankVacancies(volunteer, vacancies, Now, count: 3);

        Assert.Equal([3, 7, 19], forward.Select(m => m.Vacancy.Id));
        Assert.Equal([3, 7, 19], backward.Select(m => m.Vacancy.Id));
        Assert.Single(forward.Select(m => m.Score).Distinct());
    }

    [Fact]
    public void Equal_volunteers_are_ordered_by_id()
    {
        var volunteers = new[] { 5, 2, 9 }.Select(id => Volunteer(id) with { InterestIds = [CareCategory] }).ToList();

        Assert.Equal([2, 5, 9], _matcher.RankVolunteers(Vacancy(), volunteers, Now).Select(m => m.Volunteer.Id));
    }

    [Fact]
    public void Top_results_are_the_same_as_sorting_every_score()
    {
        var random = new Random(2026);
        var volunteer = RandomVolunteer(random, 1);
        var vacancies = Enumerable.Range(1, 3000).Select(id => RandomVacancy(random, id)).ToList();

        var ranked = _matcher.RankVacancies(volunteer, vacancies, Now, count: 25);

        var expected = vacancies
            .Select(v => _matcher.Explain(volunteer, v, Now))
            .Where(m => !m.IsExcluded)
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Vacancy.Id)
            .Take(25)
            .Select(m => m.Vacancy.Id);
        Assert.Equal(expected, ranked.Select(m => m.Vacancy.Id));
        Assert.Equal(25, ranked.Count);
    }

    [Fact]
    public void Top_volunteers_are_the_same_as_sorting_every_score()
    {
        var random = new Random(1984);
        var vacancy = RandomVacancy(random, 1) with { IsPublished = true, PlacesLeft = null };
        var volunteers = Enumerable.Range(1, 3000).Select(id => RandomVolunteer(random, id)).ToList();

        var ranked = _matcher.RankVolunteers(vacancy, volunteers, Now, count: 25);

        var expected = volunteers
            .Select(v => _matcher.Explain(v, vacancy, Now, MatchDirection.VolunteersForVacancy))
            .Where(m => !m.IsExcluded)
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Volunteer.Id)
            .Take(25)
            .Select(m => m.Volunteer.Id);
        Assert.Equal(expected, ranked.Select(m => m.Volunteer.Id));
    }

    [Fact]
    public void Count_limits_the_results_and_fewer_candidates_give_fewer()
    {
        var vacancies = Enumerable.Range(1, 5).Select(id => Vacancy(id)).ToList();

        Assert.Equal(2, _matcher.RankVacancies(Volunteer(), vacancies, Now, count: 2).Count);
        Assert.Equal(5, _matcher.RankVacancies(Volunteer(), vacancies, Now, count: 10).Count);
        Assert.Empty(_matcher.RankVacancies(Volunteer(), vacancies, Now, count: 0));
        Assert.Empty(_matcher.RankVacancies(Volunteer(), [], Now));
        Assert.Equal("Het aantal resultaten kan niet negatief zijn.", Assert.Throws<DomainException>(() => _matcher.RankVacancies(Volunteer(), vacancies, Now, count: -1)).Message);
    }

    [Fact]
    public void An_empty_profile_still_gets_suggestions_from_what_the_vacancies_offer()
    {
        var empty = new VolunteerSnapshot { Id = 1 };
        var fresh = Vacancy(1) with { PublishedAt = Now.AddDays(-1) };
        var fromHome = Vacancy(2) with { IsRemote = true };
        var old = Vacancy(3);
        var needsVog = Vacancy(4) with { RequiresVog = true, PublishedAt = Now };

        var ranked = _matcher.RankVacancies(empty, [old, fromHome, fresh, needsVog], Now);

        Assert.Equal([2, 1, 3], ranked.Select(m => m.Vacancy.Id));
        Assert.Equal([MatchSignal.Distance], ranked[0].Reasons.Select(r => r.Signal));
        Assert.Equal([MatchSignal.Freshness], ranked[1].Reasons.Select(r => r.Signal));
        Assert.Empty(ranked[2].Reasons);
    }

    [Fact]
    public void An_incomplete_vacancy_is_ranked_on_what_it_says()
    {
        var volunteer = Volunteer() with { InterestIds = [CareCategory], Location = Utrecht, MaxDistanceKm = 10, Availability = TuesdayMorning, HoursPerWeek = 4 };
        var bare = new VacancySnapshot { Id = 1, CategoryId = CareCategory };

        var match = Assert.Single(_matcher.RankVacancies(volunteer, [bare], Now));

        Assert.Equal([MatchSignal.Category, MatchSignal.Availability], match.Reasons.Select(r => r.Signal));
    }

    [Fact]
    public void Weights_change_the_order()
    {
        var volunteer = Volunteer() with { InterestIds = [NatureCategory], Location = Utrecht };
        var nature = Vacancy(1) with { CategoryId = NatureCategory, Location = North(Utrecht, 15) };
        var nextDoor = Vacancy(2) with { CategoryId = CareCategory, Location = North(Utrecht, 0.5) };

        var byDefault = _matcher.RankVacancies(volunteer, [nature, nextDoor], Now);
        var distanceFirst = Matcher(MatchWeights.Default with { Category = 5, Distance = 50 }).RankVacancies(volunteer, [nature, nextDoor], Now);

        Assert.Equal([1, 2], byDefault.Select(m => m.Vacancy.Id));
        Assert.Equal([2, 1], distanceFirst.Select(m => m.Vacancy.Id));
    }

    [Fact]
    public void Negative_weights_are_refused()
    {
        Assert.Equal("De gewichten voor het matchen mogen niet negatief zijn.", Assert.Throws<DomainException>(() => Matcher(MatchWeights.Default with { Skills = -1 })).Message);
        Assert.Equal("Een vacature is eerst nieuw en pas daarna oud.", Assert.Throws<DomainException>(() => Matcher(MatchWeights.Default with { StaleDays = 3, FreshDays = 7 })).Message);
    }

    internal static VolunteerSnapshot RandomVolunteer(Random random, int id) => new()
    {
        Id = id,
        InterestIds = IdSet.Of(Enumerable.Range(0, random.Next(4)).Select(_ => random.Next(1, 8))),
        SkillIds = IdSet.Of(Enumerable.Range(0, random.Next(4)).Select(_ => random.Next(1, 8))),
        SuitableForIds = random.Next(4) == 0 ? [random.Next(1, 4)] : [],
        Availability = new WeekSchedule(random.Next(1 << WeekSchedule.SlotCount) & random.Next(1 << WeekSchedule.SlotCount)),
        HoursPerWeek = random.Next(3) == 0 ? null : random.Next(1, 10),
        Location = random.Next(5) == 0 ? null : North(East(Utrecht, random.Next(-30, 30)), random.Next(-30, 30)),
        MaxDistanceKm = random.Next(3) == 0 ? null : random.Next(5, 40),
        BirthYear = random.Next(4) == 0 ? null : random.Next(1940, 2012),
        WillingToGetVog = random.Next(3) > 0,
        ConsentToBeProposed = random.Next(3) > 0,
        AppliedVacancyIds = IdSet.Of(Enumerable.Range(0, random.Next(3)).Select(_ => random.Next(1, 3000))),
    };

    /// <summary>Few distinct values on purpose, so that many scores tie.</summary>
    internal static VacancySnapshot RandomVacancy(Random random, int id) => new()
    {
        Id = id,
        CategoryId = random.Next(1, 8),
        SkillIds = IdSet.Of(Enumerable.Range(0, random.Next(3)).Select(_ => random.Next(1, 8))),
        SuitableForIds = random.Next(4) == 0 ? [random.Next(1, 4)] : [],
        Schedule = new WeekSchedule(1 << random.Next(WeekSchedule.SlotCount)),
        HoursPerWeek = random.Next(3) == 0 ? null : random.Next(1, 10),
        Location = North(East(Utrecht, random.Next(-30, 30)), random.Next(-30, 30)),
        IsRemote = random.Next(10) == 0,
        MinimumAge = random.Next(5) == 0 ? 18 : null,
        RequiresVog = random.Next(4) == 0,
        IsPublished = random.Next(20) > 0,
        PlacesLeft = random.Next(10) == 0 ? 0 : null,
        PublishedAt = Now.AddDays(-random.Next(60)),
    };
}
