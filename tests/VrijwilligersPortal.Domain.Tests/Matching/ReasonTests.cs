using VrijwilligersPortal.Domain.Matching;
using static VrijwilligersPortal.Domain.Tests.Matching.MatchBuild;

namespace VrijwilligersPortal.Domain.Tests.Matching;

/// <summary>Reasons are the score taken apart: nothing shown that did not count, nothing counted that is not shown.</summary>
public class ReasonTests
{
    public static TheoryData<MatchDirection> Directions => [MatchDirection.VacanciesForVolunteer, MatchDirection.VolunteersForVacancy];

    [Fact]
    public void Staff_ranking_vacancies_for_a_person_read_the_same_ranking_with_reasons_about_the_person_instead_of_to_them()
    {
        var volunteer = Volunteer() with
        {
            InterestIds = [NatureCategory],
            Location = Utrecht,
            MaxDistanceKm = 10,
            Availability = TuesdayMorning,
        };
        var near = Vacancy(1) with { CategoryId = NatureCategory, Location = North(Utrecht, 3.2), Schedule = TuesdayMorning };
        var far = Vacancy(2) with { CategoryId = NatureCategory, Location = North(Utrecht, 8) };

        var toVolunteer = Matcher().RankVacancies(volunteer, [far, near], Now);
        var toStaff = Matcher().RankVacancies(volunteer, [far, near], Now, voice: ReasonVoice.ToStaff);

        Assert.Equal(toVolunteer.Select(m => (m.Vacancy.Id, m.Score)), toStaff.Select(m => (m.Vacancy.Id, m.Score)));
        Assert.Equivalent(
            new[] { "Past bij je interesse Natuur & milieu", "Op dinsdagochtend, wanneer jij kunt", "3,2 km van je postcode" },
            toVolunteer[0].Reasons.Select(r => r.Text).ToList(),
            strict: true);
        Assert.Equivalent(
            new[] { "Heeft interesse in Natuur & milieu", "Kan op dinsdagochtend", "Woont 3,2 km van de vacature" },
            toStaff[0].Reasons.Select(r => r.Text).ToList(),
            strict: true);
    }

    [Theory]
    [MemberData(nameof(Directions))]
    public void The_score_is_the_sum_of_the_reasons_and_every_reason_adds_something(MatchDirection direction)
    {
        var matcher = Matcher();
        var random = new Random(61);
        var withReasons = 0;

        for (var i = 0; i < 3000; i++)
        {
            var match = matcher.Explain(RankingTests.RandomVolunteer(random, i), RankingTests.RandomVacancy(random, i), Now, direction);

            Assert.Equal(match.Score, match.Reasons.Sum(r => r.Points), 9);
            Assert.All(match.Reasons, r => Assert.True(r.Points > 0));
            Assert.Equal(match.Reasons.Count, match.Reasons.Select(r => r.Signal).Distinct().Count());
            withReasons += match.Reasons.Count >= 2 ? 1 : 0;
        }

        Assert.InRange(withReasons, 500, 3000);
    }

    [Theory]
    [MemberData(nameof(Directions))]
    public void A_reason_appears_exactly_when_switching_its_signal_off_lowers_the_score_by_its_points(MatchDirection direction)
    {
        var full = Matcher();
        var random = new Random(62);

        for (var i = 0; i < 1500; i++)
        {
            var volunteer = RankingTests.RandomVolunteer(random, i);
            var vacancy = RankingTests.RandomVacancy(random, i);
            var match = full.Explain(volunteer, vacancy, Now, direction);

            foreach (var signal in Enum.GetValues<MatchSignal>())
            {
                var without = Matcher(WithoutSignal(signal)).Explain(volunteer, vacancy, Now, direction);
                var contribution = match.Score - without.Score;
                var reason = match.Reasons.SingleOrDefault(r => r.Signal == signal);

                if (contribution > 1e-9)
                {
                    Assert.NotNull(reason);
                    Assert.Equal(contribution, reason.Points, 9);
                }
                else
                {
                    Assert.Null(reason);
                }
            }
        }
    }

    [Fact]
    public void Reasons_are_listed_with_the_largest_share_first()
    {
        var volunteer = Volunteer() with { InterestIds = [CareCategory], HoursPerWeek = 8, Availability = TuesdayMorning };
        var vacancy = Vacancy() with { HoursPerWeek = 2, Schedule = TuesdayMorning, PublishedAt = Now };

        var match = Matcher().Explain(volunteer, vacancy, Now);

        Assert.Equal([MatchSignal.Category, MatchSignal.Availability, MatchSignal.Hours, MatchSignal.Freshness], match.Reasons.Select(r => r.Signal));
    }

    [Fact]
    public void Names_come_from_the_lookup_and_unknown_ids_read_neutrally()
    {
        var volunteer = Volunteer() with { InterestIds = [77], SkillIds = [78] };
        var vacancy = Vacancy() with { CategoryId = 77, SkillIds = [78] };

        var texts = new Matcher(MatchWeights.Default, MatchNames.None).Explain(volunteer, vacancy, Now).Reasons.Select(r => r.Text);

        Assert.Equal(["Past bij je interesse deze categorie", "Vraagt een vaardigheid, dat heb je"], texts);
    }

    private static MatchWeights WithoutSignal(MatchSignal signal) => signal switch
    {
        MatchSignal.Category => MatchWeights.Default with { Category = 0 },
        MatchSignal.Skills => MatchWeights.Default with { Skills = 0 },
        MatchSignal.Availability => MatchWeights.Default with { Availability = 0 },
        MatchSignal.Hours => MatchWeights.Default with { Hours = 0 },
        MatchSignal.Distance => MatchWeights.Default with { Distance = 0 },
        MatchSignal.SuitableFor => MatchWeights.Default with { SuitableFor = 0 },
        MatchSignal.Freshness => MatchWeights.Default with { Freshness = 0 },
        _ => throw new ArgumentOutOfRangeException(nameof(signal)),
    };
}
