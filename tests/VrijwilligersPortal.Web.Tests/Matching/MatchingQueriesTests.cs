using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Matching.MatchingScenarios;

namespace VrijwilligersPortal.Web.Tests.Matching;

/// <summary>
/// The query path's shortcuts (bounding box, from-home union, the first pass without skills and
/// tags) must give exactly the ranking the matcher gives over every public vacancy.
/// </summary>
public class MatchingQueriesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task The_prefiltered_two_pass_ranking_equals_the_full_ranking(bool withPostcode, bool withInterests)
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
