using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Matching;
using static VrijwilligersPortal.Domain.Tests.Matching.MatchBuild;

namespace VrijwilligersPortal.Domain.Tests.Matching;

/// <summary>Each signal on its own: its points (weight × fit) and its sentence, or no reason at all.</summary>
public class SignalTests
{
    private static readonly MatchWeights Weights = MatchWeights.Default;
    private readonly Matcher _matcher = Matcher();

    [Fact]
    public void The_default_pair_scores_nothing_and_has_no_reasons()
    {
        var match = _matcher.Explain(Volunteer(), Vacancy(), Now);

        Assert.Equal(0, match.Score);
        Assert.Empty(match.Reasons);
    }

    [Fact]
    public void Category_among_the_interests_adds_its_full_weight()
    {
        var volunteer = Volunteer() with { InterestIds = [NatureCategory, CareCategory] };

        AssertOnlyReason(volunteer, Vacancy() with { CategoryId = NatureCategory }, MatchSignal.Category, Weights.Category, "Past bij je interesse Natuur & milieu");
        AssertNoReason(volunteer, Vacancy() with { CategoryId = 9 });
    }

    [Fact]
    public void Skills_add_the_share_of_asked_skills_the_volunteer_has()
    {
        var volunteer = Volunteer() with { SkillIds = [DrivingLicence, Cooking] };

        AssertOnlyReason(volunteer, Vacancy() with { SkillIds = [DrivingLicence] }, MatchSignal.Skills, Weights.Skills, "Vraagt Rijbewijs B, dat heb je");
        AssertOnlyReason(volunteer, Vacancy() with { SkillIds = [Cooking, DrivingLicence] }, MatchSignal.Skills, Weights.Skills, "Vraagt Koken en Rijbewijs B, die heb je");
        AssertOnlyReason(volunteer, Vacancy() with { SkillIds = [DrivingLicence, Listening] }, MatchSignal.Skills, Weights.Skills / 2, "Vraagt onder meer Rijbewijs B, dat heb je");
        AssertNoReason(volunteer, Vacancy() with { SkillIds = [Listening] });
        AssertNoReason(volunteer, Vacancy() with { SkillIds = [] });
    }

    [Fact]
    public void Availability_adds_the_share_of_the_vacancy_dayparts_the_volunteer_can_do()
    {
        var volunteer = Volunteer() with { Availability = WeekSchedule.Of((DayOfWeek.Tuesday, DayPart.Morning), (DayOfWeek.Friday, DayPart.Evening)) };
        var tuesdayOrWednesday = WeekSchedule.Of((DayOfWeek.Tuesday, DayPart.Morning), (DayOfWeek.Wednesday, DayPart.Morning));

        AssertOnlyReason(volunteer, Vacancy() with { Schedule = TuesdayMorning }, MatchSignal.Availability, Weights.Availability, "Op dinsdagochtend, wanneer jij kunt");
        AssertOnlyReason(volunteer, Vacancy() with { Schedule = tuesdayOrWednesday }, MatchSignal.Availability, Weights.Availability / 2, "Op dinsdagochtend, wanneer jij kunt");
        AssertNoReason(volunteer, Vacancy() with { Schedule = WeekSchedule.Of((DayOfWeek.Monday, DayPart.Evening)) });
        AssertNoReason(Volunteer() with { Availability = WeekSchedule.Empty }, Vacancy() with { Schedule = TuesdayMorning });
    }

    [Fact]
    public void Many_shared_dayparts_are_named_up_to_three()
    {
        var volunteer = Volunteer() with { Availability = WeekSchedule.Anytime };
        var vacancy = Vacancy() with
        {
            Schedule = WeekSchedule.Of(
                (DayOfWeek.Monday, DayPart.Morning), (DayOfWeek.Monday, DayPart.Afternoon), (DayOfWeek.Wednesday, DayPart.Evening),
                (DayOfWeek.Saturday, DayPart.Morning), (DayOfWeek.Sunday, DayPart.Morning)),
        };

        AssertOnlyReason(volunteer, vacancy, MatchSignal.Availability, Weights.Availability, "Op maandagochtend, maandagmiddag, woensdagavond en nog 2 andere dagdelen, wanneer jij kunt");
    }

    [Fact]
    public void Vacancy_without_fixed_times_fits_every_week_partly()
    {
        AssertOnlyReason(Volunteer(), Vacancy() with { Schedule = WeekSchedule.Empty }, MatchSignal.Availability, Weights.Availability * Weights.FlexibleScheduleFit, "Tijden in overleg, dus in te passen in jouw week");
    }

    [Fact]
    public void Hours_count_when_the_vacancy_asks_no_more_than_the_volunteer_has()
    {
        var volunteer = Volunteer() with { HoursPerWeek = 4 };

        AssertOnlyReason(volunteer, Vacancy() with { HoursPerWeek = 3 }, MatchSignal.Hours, Weights.Hours, "3 uur per week, dat past in jouw 4 uur");
        AssertOnlyReason(volunteer, Vacancy() with { HoursPerWeek = 4 }, MatchSignal.Hours, Weights.Hours, "4 uur per week, dat past in jouw 4 uur");
        AssertNoReason(volunteer, Vacancy() with { HoursPerWeek = 5 });
        AssertNoReason(volunteer, Vacancy() with { HoursPerWeek = null });
        AssertNoReason(Volunteer(), Vacancy() with { HoursPerWeek = 3 });
    }

    [Fact]
    public void Distance_adds_more_the_closer_the_work_is_within_the_volunteers_reach()
    {
        var volunteer = Volunteer() with { Location = Utrecht, MaxDistanceKm = 20 };

        AssertOnlyReason(volunteer, Vacancy() with { Location = North(Utrecht, 3.2) }, MatchSignal.Distance, Weights.Distance * (1 - (3.2 / 20)), "3,2 km van je postcode");
        AssertOnlyReason(volunteer, Vacancy() with { Location = North(Utrecht, 14.4) }, MatchSignal.Distance, Weights.Distance * (1 - (14.4 / 20)), "14 km van je postcode");
    }

    [Fact]
    public void Without_a_travel_limit_the_default_reach_shapes_the_distance_signal()
    {
        var volunteer = Volunteer() with { Location = Utrecht };

        AssertOnlyReason(volunteer, Vacancy() with { Location = North(Utrecht, 5) }, MatchSignal.Distance, Weights.Distance * (1 - (5 / Weights.DefaultReachKm)), "5,0 km van je postcode");
        AssertNoReason(volunteer, Vacancy() with { Location = North(Utrecht, Weights.DefaultReachKm + 10) });
        AssertNoReason(Volunteer(), Vacancy() with { Location = North(Utrecht, 1) });
    }

    [Fact]
    public void Distance_points_use_exactly_the_postcode_distance_in_both_directions()
    {
        var random = new Random(3);
        for (var i = 0; i < 2000; i++)
        {
            var home = new GeoPoint(50.8 + (random.NextDouble() * 2.6), 3.4 + (random.NextDouble() * 3.8));
            var work = new GeoPoint(home.Latitude + ((random.NextDouble() - 0.5) * 0.6), home.Longitude + ((random.NextDouble() - 0.5) * 0.9));
            int? limit = random.Next(3) == 0 ? null : random.Next(1, 40);
            var volunteer = Volunteer() with { Location = home, MaxDistanceKm = limit, ConsentToBeProposed = true };
            var vacancy = Vacancy() with { Location = work };
            var km = home.DistanceKmTo(work);
            var reach = limit ?? Weights.DefaultReachKm;
            var expected = km > limit ? null : (double?)(Weights.Distance * Math.Max(0, 1 - (km / reach)));

            foreach (var match in new[]
            {
                _matcher.Explain(volunteer, vacancy, Now),
                _matcher.RankVacancies(volunteer, [vacancy], Now).SingleOrDefault(),
                _matcher.RankVolunteers(vacancy, [volunteer], Now).SingleOrDefault(),
            })
            {
                var points = match is null || match.IsExcluded ? null : (double?)(match.Reasons.SingleOrDefault(r => r.Signal == MatchSignal.Distance)?.Points ?? 0);
                Assert.Equal(expected, points);
            }
        }
    }

    [Fact]
    public void Work_from_home_gets_the_remote_fit_wherever_the_volunteer_lives()
    {
        AssertOnlyReason(Volunteer(), Vacancy() with { IsRemote = true }, MatchSignal.Distance, Weights.Distance * Weights.RemoteFit, "Kan vanuit huis");
        AssertOnlyReason(Volunteer() with { Location = Utrecht }, Vacancy() with { IsRemote = true }, MatchSignal.Distance, Weights.Distance * Weights.RemoteFit, "Kan vanuit huis");
    }

    [Fact]
    public void Suitable_for_counts_when_the_vacancy_suits_a_group_the_volunteer_chose()
    {
        var volunteer = Volunteer() with { SuitableForIds = [Over55] };

        AssertOnlyReason(volunteer, Vacancy() with { SuitableForIds = [Over55, Newcomers] }, MatchSignal.SuitableFor, Weights.SuitableFor, "Geschikt voor 55-plussers, zoals jij aangaf");
        AssertNoReason(volunteer, Vacancy() with { SuitableForIds = [Newcomers] });
        AssertNoReason(Volunteer(), Vacancy() with { SuitableForIds = [Over55] });
    }

    [Theory]
    [InlineData(0, 1.0, "Nieuw: vandaag geplaatst")]
    [InlineData(1, 1.0, "Nieuw: gisteren geplaatst")]
    [InlineData(7, 1.0, "Nieuw: 7 dagen geleden geplaatst")]
    [InlineData(14, 28.0 / 35, "Recent geplaatst, 14 dagen geleden")]
    [InlineData(41, 1.0 / 35, "Recent geplaatst, 41 dagen geleden")]
    public void Freshness_is_full_for_a_week_then_fades_until_six_weeks(int days, double fit, string text)
    {
        var vacancy = Vacancy() with { PublishedAt = Now.AddDays(-days).AddHours(-3) };

        AssertOnlyReason(Volunteer(), vacancy, MatchSignal.Freshness, Weights.Freshness * fit, text);
    }

    [Fact]
    public void Old_or_undated_vacancies_get_no_freshness()
    {
        AssertNoReason(Volunteer(), Vacancy() with { PublishedAt = Now.AddDays(-42) });
        AssertNoReason(Volunteer(), Vacancy() with { PublishedAt = null });
    }

    [Fact]
    public void Freshness_plays_no_part_when_ranking_volunteers_for_one_vacancy()
    {
        var match = _matcher.Explain(Volunteer(), Vacancy() with { PublishedAt = Now }, Now, MatchDirection.VolunteersForVacancy);

        Assert.Empty(match.Reasons);
        Assert.Equal(0, match.Score);
    }

    [Fact]
    public void Staff_read_the_reasons_about_the_volunteer()
    {
        var volunteer = Volunteer() with
        {
            InterestIds = [NatureCategory],
            SkillIds = [DrivingLicence],
            Availability = TuesdayMorning,
            HoursPerWeek = 4,
            Location = Utrecht,
            SuitableForIds = [Over55],
        };
        var vacancy = Vacancy() with
        {
            CategoryId = NatureCategory,
            SkillIds = [DrivingLicence],
            Schedule = TuesdayMorning,
            HoursPerWeek = 3,
            Location = North(Utrecht, 3.2),
            SuitableForIds = [Over55],
        };

        var match = Assert.Single(_matcher.RankVolunteers(vacancy, [volunteer], Now));

        Assert.Equal(
            [
                "Heeft interesse in Natuur & milieu",
                "Woont 3,2 km van de vacature",
                "Kan op dinsdagochtend",
                "Heeft 4 uur per week; de vacature vraagt er 3",
                "Hoort bij de doelgroep 55-plussers",
                "Heeft Rijbewijs B, waar de vacature om vraagt",
            ],
            match.Reasons.Select(r => r.Text));
    }

    private void AssertOnlyReason(VolunteerSnapshot volunteer, VacancySnapshot vacancy, MatchSignal signal, double points, string text)
    {
        var match = _matcher.Explain(volunteer, vacancy, Now);

        var reason = Assert.Single(match.Reasons);
        Assert.Equal(signal, reason.Signal);
        Assert.Equal(text, reason.Text);
        Assert.Equal(points, reason.Points, 9);
        Assert.Equal(points, match.Score, 9);
    }

    private void AssertNoReason(VolunteerSnapshot volunteer, VacancySnapshot vacancy)
    {
        var match = _matcher.Explain(volunteer, vacancy, Now);

        Assert.Empty(match.Reasons);
        Assert.Equal(0, match.Score);
    }
}
