using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.BackOffice;

[Route("beheer")]
[Authorize(Roles = PortalRoles.StaffOrAdmin)]
public sealed class BackOfficeController(PortalDbContext db) : PortalController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var model = new BackOfficeDashboard(
            PendingOrganisations: await db.Organisations.AsNoTracking()
                .Where(o => o.Status == OrganisationStatus.Pending)
                .OrderBy(o => o.RegisteredAt)
                .Select(o => new PendingOrganisation(o.Id, o.Name, o.Place, o.RegisteredAt))
                .ToListAsync(cancellationToken),
            VacanciesAwaitingReview: await db.Vacancies.CountAsync(v => v.Status == VacancyStatus.Submitted, cancellationToken),
            OpenApplications: await db.Applications.CountAsync(a => a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.InContact, cancellationToken));
        return View(model);
    }
}

public sealed record PendingOrganisation(int Id, string Name, string Place, DateTimeOffset RegisteredAt);

public sealed record BackOfficeDashboard(IReadOnlyList<PendingOrganisation> PendingOrganisations, int VacanciesAwaitingReview, int OpenApplications);
