using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.ForYou.MatchingScenarios;

namespace VrijwilligersPortal.Web.Tests.Features.ForYou;

/// <summary>
/// The query path's shortcuts (the in-memory public vacancies, the box around the postcode, places
/// counted only for the best) must give exactly the ranking the matcher gives over every public
/// vacancy read from the database.
/// </summary>
public class MatchingQueriesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task The_prefiltered_ranking_equals_the_full_ranking(bool withPostcode, bool withInterests)
    {
        await SeedOnceAsync();
        using var volunteer = await factory.SignedInVolunteerAsync();
        await factory.ProfileAsync(
            volunteer.VolunteerId,
            withInterests ? ["natuur-milieu", "cultuur"] : [],
            withPostcode ? Utrecht : null,
            maxDistanceKm: withPostcode ? 15 : null,
            availability: WeekSchedule.Of((DayOfWeek.Saturday, DayPart.Morning), (DayOfWeek.Tuesday, DayPart.Evening)),
            hours: 4,
            skills: ["koken", "tuinieren", "fotografie"],
            birthYear: 1960);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var matching = scope.ServiceProvider.GetRequiredService<MatchingQueries>();
        var me = (await matching.VolunteerAsync(volunteer.VolunteerId, CancellationToken.None))!;

        var ranked = await matching.RankVacanciesAsync(me, 10, CancellationToken.None);

        var everything = await matching.VacancySnapshots(db.Vacancies.AsNoTracking().PublicOn(factory.Clock.Today()), CancellationToken.None);
        var full = (await matching.MatcherAsync(CancellationToken.None)).RankVacancies(me, everything, factory.Clock.GetUtcNow(), 10);
        Assert.Equal(10, ranked.Count);
        Assert.Equal(full.Select(m => (m.Vacancy.Id, Math.Round(m.Score, 6))), ranked.Select(r => (r.VacancyId, Math.Round(r.Match.Score, 6))));
        Assert.Contains(ranked, r => r.Match.Reasons.Any(reason => reason.Signal == Domain.Matching.MatchSignal.Skills));
    }

    [Fact]
    public async Task A_full_vacancy_among_the_best_makes_way_for_the_next_and_the_places_left_are_counted()
    {
        var animals = await factory.CategoryIdAsync("dieren");
        var full = await factory.VacancyInAsync("Dierenasiel, laatste plek", animals, Utrecht, c => c with { Places = 1 });
        var onePlaceLeft = await factory.VacancyInAsync("Kinderboerderij", animals, Utrecht, c => c with { Places = 2 });
        var further = await factory.VacancyInAsync("Hondenuitlaatdienst Bunnik", animals, Bunnik);
        using var applicant = await factory.SignedInVolunteerAsync("Piet Jansen");
        await factory.ApplicationAsync(full.Id, applicant.VolunteerId, factory.Clock.GetUtcNow());
        await factory.ApplicationAsync(onePlaceLeft.Id, applicant.VolunteerId, factory.Clock.GetUtcNow());
        using var volunteer = await factory.SignedInVolunteerAsync();
        await factory.ProfileAsync(volunteer.VolunteerId, ["dieren"], Utrecht, maxDistanceKm: 10);

        await using var scope = factory.Services.CreateAsyncScope();
        var matching = scope.ServiceProvider.GetRequiredService<MatchingQueries>();
        var me = (await matching.VolunteerAsync(volunteer.VolunteerId, CancellationToken.None))!;
        var ranked = await matching.RankVacanciesAsync(me, 2, CancellationToken.None);

        Assert.Equal([onePlaceLeft.Id, further.Id], ranked.Select(r => r.VacancyId));
        Assert.Equal(1, ranked[0].Match.Vacancy.PlacesLeft);
        Assert.Null(ranked[1].Match.Vacancy.PlacesLeft);
    }

    [Fact]
    public async Task Asked_for_vacancies_read_after_a_moment_the_ranking_sees_a_change_another_instance_saved_before_it()
    {
        var youth = await factory.CategoryIdAsync("jeugd");
        var vacancy = await factory.VacancyInAsync("Scouting zaterdagochtend", youth, Utrecht);
        using var volunteer = await factory.SignedInVolunteerAsync();
        await factory.ProfileAsync(volunteer.VolunteerId, ["jeugd"], Utrecht, maxDistanceKm: 10);
        await using var scope = factory.Services.CreateAsyncScope();
        var matching = scope.ServiceProvider.GetRequiredService<MatchingQueries>();
        var me = (await matching.VolunteerAsync(volunteer.VolunteerId, CancellationToken.None))!;
        Assert.Contains(await matching.RankVacanciesAsync(me, 10, CancellationToken.None), r => r.VacancyId == vacancy.Id);

        // Another instance on the same database pauses it; this one has not read the change log since.
        using (var other = factory.WithWebHostBuilder(_ => { }))
        {
            await using var otherScope = other.Services.CreateAsyncScope();
            var db = otherScope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var saved = await db.Vacancies.SingleAsync(v => v.Id == vacancy.Id);
            saved.Pause(Guid.NewGuid(), factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        var ranked = await matching.RankVacanciesAsync(me, 10, CancellationToken.None, new RankingOptions { ReadAfter = factory.Clock.GetUtcNow() });

        Assert.DoesNotContain(ranked, r => r.VacancyId == vacancy.Id);
    }

    private static int _seeded;

    /// <summary>120 vacancies around Utrecht and from home, alike but for skills and tags, so the skills decide the order.</summary>
    private async Task SeedOnceAsync()
    {
        if (Interlocked.Exchange(ref _seeded, 1) == 1)
        {
            return;
        }

        var member = await factory.UserAsync(PortalRoles.OrganisationMember);
        var organisation = await factory.OrganisationAsync(member.Id);
        await factory.WithDbAsync(async (db, _) =>
        {
            var random = new Random(7);
            var categories = await db.Categories.Where(c => c.Slug == "natuur-milieu" || c.Slug == "cultuur" || c.Slug == "sport").ToListAsync();
            var skills = await db.Skills.ToListAsync();
            var tags = await db.SuitableForTags.ToListAsync();
            var now = factory.Clock.GetUtcNow();
            for (var i = 0; i < 120; i++)
            {
                var at = new GeoPoint(Utrecht.Latitude + ((random.NextDouble() - 0.5) * 0.5), Utrecht.Longitude + ((random.NextDouble() - 0.5) * 0.7));
                var content = new VacancyContent
                {
                    Title = $"Vacature {i}",
                    Description = "Werk.",
                    CategoryId = categories[random.Next(categories.Count)].Id,
                    IsRemote = random.NextDouble() < 0.15,
                    Postcode = "3581",
                    Place = "Utrecht",
                    Location = at,
                    Commitment = Commitment.Ongoing,
                    Schedule = random.NextDouble() < 0.5 ? WeekSchedule.Of((DayOfWeek.Saturday, DayPart.Morning)) : WeekSchedule.Of((DayOfWeek.Tuesday, DayPart.Evening)),
                    HoursPerWeek = 3,
                    Places = random.NextDouble() < 0.3 ? 2 : null,
                    ContactName = "Contact",
                    ContactEmail = "contact@example.nl",
                };
                var published = now - TimeSpan.FromDays(random.Next(0, 3));
                var vacancy = Vacancy.CreateDraft(
                    organisation.Id,
                    content,
                    skills.OrderBy(_ => random.Next()).Take(random.Next(0, 4)),
                    tags.OrderBy(_ => random.Next()).Take(random.Next(0, 2)),
                    Guid.NewGuid(),
                    published);
                vacancy.Submit(false, Guid.NewGuid(), published);
                db.Vacancies.Add(vacancy);
            }

            await db.SaveChangesAsync();
        });
    }
}
