using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.Vacancies;

/// <summary>Everything a volunteer needs to decide whether to respond.</summary>
public sealed record VacancyDetail
{
    public required int Id { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Category { get; init; }

    public required bool IsRemote { get; init; }

    public string? Postcode { get; init; }

    public string? Place { get; init; }

    public required Commitment Commitment { get; init; }

    public required WeekSchedule Schedule { get; init; }

    public int? HoursPerWeek { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public int? Places { get; init; }

    public int? MinimumAge { get; init; }

    public required bool RequiresVog { get; init; }

    public required IReadOnlyList<string> Skills { get; init; }

    public required IReadOnlyList<string> SuitableFor { get; init; }

    public required string ContactName { get; init; }

    public required string ContactEmail { get; init; }

    public string? ContactPhone { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public required string OrganisationName { get; init; }

    public required OrganisationKind OrganisationKind { get; init; }

    public required string OrganisationPlace { get; init; }

    public string? OrganisationWebsite { get; init; }

    public required string OrganisationDescription { get; init; }

    public string Slug => Common.Slug.From(Title);

    public string Url => $"/vacatures/{Id}/{Slug}";
}

public static class VacancyDetailQuery
{
    public static Task<VacancyDetail?> FindPublicAsync(PortalDbContext db, int id, DateOnly today, CancellationToken cancellationToken) =>
        db.Vacancies.AsNoTracking()
            .PublicOn(today)
            .Where(v => v.Id == id)
            .Select(v => new VacancyDetail
            {
                Id = v.Id,
                Title = v.Title,
                Description = v.Description,
                Category = v.Category!.Name,
                IsRemote = v.IsRemote,
                Postcode = v.Postcode,
                Place = v.Place,
                Commitment = v.Commitment,
                Schedule = v.Schedule,
                HoursPerWeek = v.HoursPerWeek,
                StartDate = v.StartDate,
                EndDate = v.EndDate,
                Places = v.Places,
                MinimumAge = v.MinimumAge,
                RequiresVog = v.RequiresVog,
                Skills = v.Skills.OrderBy(s => s.SortOrder).Select(s => s.Name).ToList(),
                SuitableFor = v.SuitableFor.OrderBy(t => t.SortOrder).Select(t => t.Name).ToList(),
                ContactName = v.ContactName,
                ContactEmail = v.ContactEmail,
                ContactPhone = v.ContactPhone,
                PublishedAt = v.PublishedAt,
                OrganisationName = v.Organisation!.Name,
                OrganisationKind = v.Organisation.Kind,
                OrganisationPlace = v.Organisation.Place,
                OrganisationWebsite = v.Organisation.Website,
                OrganisationDescription = v.Organisation.Description,
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
}
