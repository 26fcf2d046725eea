using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Features.BackOffice.Mediations;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.BackOffice;

/// <summary>
/// The staff dashboard (/beheer): what needs a person today, each with a count and links.
/// Mediation work (new help requests, follow-ups due) comes from <see cref="MediationDashboard"/>.
/// </summary>
[Route("beheer")]
[Authorize(Roles = PortalRoles.StaffOrAdmin)]
public sealed class BackOfficeController(PortalDbContext db, IOptionsSnapshot<CentreOptions> centre, TimeProvider clock) : PortalController
{
    public const int ListedPerBlock = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var unansweredAfterDays = centre.Value.UnansweredAfterDays;
        var now = clock.GetUtcNow();
        var answerBefore = now - TimeSpan.FromDays(unansweredAfterDays);

        var pending = db.Organisations.AsNoTracking().Where(o => o.Status == OrganisationStatus.Pending);
        var submitted = db.Vacancies.AsNoTracking().Where(v => v.Status == VacancyStatus.Submitted);
        var unanswered = db.Applications.AsNoTracking().Where(a => a.Status == ApplicationStatus.Submitted && a.SubmittedAt < answerBefore);

        var model = new BackOfficeDashboard(
            PendingOrganisationCount: await pending.CountAsync(cancellationToken),
            PendingOrganisations: await pending
                .OrderBy(o => o.RegisteredAt)
                .Take(ListedPerBlock)
                .Select(o => new PendingOrganisation(o.Id, o.Name, o.Place, o.RegisteredAt))
                .ToListAsync(cancellationToken),
            VacanciesAwaitingReviewCount: await submitted.CountAsync(cancellationToken),
            VacanciesAwaitingReview: await submitted
                .OrderBy(v => v.UpdatedAt)
                .Take(ListedPerBlock)
                .Select(v => new VacancyAwaitingReview(v.Id, v.Title, v.Organisation!.Name, v.UpdatedAt))
                .ToListAsync(cancellationToken),
            UnansweredCount: await unanswered.CountAsync(cancellationToken),
            UnansweredByOrganisation: (await unanswered
                .Select(a => new { a.Vacancy!.OrganisationId, a.Vacancy.Organisation!.Name, a.SubmittedAt })
                .ToListAsync(cancellationToken))
                .GroupBy(a => (a.OrganisationId, a.Name))
                .Select(g => new UnansweredAtOrganisation(g.Key.OrganisationId, g.Key.Name, g.Count(), g.Min(a => a.SubmittedAt)))
                .OrderBy(u => u.OldestSubmittedAt)
                .Take(ListedPerBlock)
                .ToList(),
            UnansweredAfterDays: unansweredAfterDays,
            Mediations: await MediationDashboard.CountsAsync(db, now, cancellationToken));
        return View(model);
    }
}

public sealed record PendingOrganisation(int Id, string Name, string Place, DateTimeOffset RegisteredAt);

public sealed record VacancyAwaitingReview(int Id, string Title, string OrganisationName, DateTimeOffset SubmittedAt);

public sealed record UnansweredAtOrganisation(int OrganisationId, string OrganisationName, int Count, DateTimeOffset OldestSubmittedAt);

public sealed record BackOfficeDashboard(
    int PendingOrganisationCount,
    IReadOnlyList<PendingOrganisation> PendingOrganisations,
    int VacanciesAwaitingReviewCount,
    IReadOnlyList<VacancyAwaitingReview> VacanciesAwaitingReview,
    int UnansweredCount,
    IReadOnlyList<UnansweredAtOrganisation> UnansweredByOrganisation,
    int UnansweredAfterDays,
    MediationCounts Mediations);
