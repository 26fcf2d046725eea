using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.ForYou;

/// <summary>Places, profiles and vacancies for the matching pages and the alert job.</summary>
public static class MatchingScenarios
{
    public static readonly GeoPoint Utrecht = new(52.0907, 5.1214);

    /// <summary>About 3.4 km east of <see cref="Utrecht"/>.</summary>
    public static readonly GeoPoint Bunnik = new(52.0907, 5.1714);

    /// <summary>About 34 km from <see cref="Utrecht"/>.</summary>
    public static readonly GeoPoint Amsterdam = new(52.3676, 4.9041);

    public static Task<int> CategoryIdAsync(this PortalFactory factory, string slug) =>
        factory.WithDbAsync((db, _) => db.Categories.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());

    public static Task<int> SkillIdAsync(this PortalFactory factory, string slug) =>
        factory.WithDbAsync((db, _) => db.Skills.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync());

    /// <summary>Fills a volunteer's profile through the domain, as the profile page would.</summary>
    public static Task ProfileAsync(
        this PortalFactory factory,
        int volunteerId,
        string[] interests,
        GeoPoint? at = null,
        int? maxDistanceKm = null,
        bool vog = false,
        bool consent = false,
        int? birthYear = null,
        WeekSchedule? availability = null,
        int? hours = null,
        string[]? skills = null) =>
        factory.WithDbAsync(async (db, _) =>
        {
            var volunteer = await db.Volunteers.Include(v => v.Interests).Include(v => v.Skills).SingleAsync(v => v.Id == volunteerId);
            var categories = await db.Categories.Where(c => interests.Contains(c.Slug)).ToListAsync();
            var skillSlugs = skills ?? [];
            var skillList = await db.Skills.Where(s => skillSlugs.Contains(s.Slug)).ToListAsync();
            var now = factory.Clock.GetUtcNow();
            volunteer.SetInterests(categories, skillList);
            volunteer.SetLocation(at is null ? null : "3581", at, maxDistanceKm);
            volunteer.SetWillingToGetVog(vog);
            volunteer.SetConsentToBeProposed(consent, now);
            volunteer.SetBirthYear(birthYear, now.Year);
            volunteer.SetAvailability(availability ?? WeekSchedule.Empty, hours);
            await db.SaveChangesAsync();
        });

    /// <summary>A published vacancy of a fresh approved organisation in the given category and place.</summary>
    public static async Task<Vacancy> VacancyInAsync(
        this PortalFactory factory,
        string title,
        int categoryId,
        GeoPoint at,
        Func<VacancyContent, VacancyContent>? change = null,
        DateTimeOffset? publishedAt = null,
        VacancyStatus status = VacancyStatus.Published)
    {
        var member = await factory.UserAsync(PortalRoles.OrganisationMember);
        var organisation = await factory.OrganisationAsync(member.Id, name: $"Organisatie van {title}");
        return await factory.VacancyAsync(
            organisation.Id,
            title,
            status,
            c =>
            {
                var placed = c with { CategoryId = categoryId, Location = at, ContactEmail = TestData.UniqueEmail("organisatie") };
                return change?.Invoke(placed) ?? placed;
            },
            publishedAt);
    }
}
