using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Features.Applying;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.MyApplications;

/// <summary>Following up (/mijn/reacties): every response the volunteer sent, what happened to it, and withdrawing one.</summary>
[Route("mijn/reacties")]
[Authorize(Roles = PortalRoles.Volunteer)]
public sealed class MyApplicationsController(
    PortalDbContext db,
    IOptionsSnapshot<CentreOptions> centre,
    MailTexts mail,
    TimeProvider clock) : PortalController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (await db.VolunteerIdOfAsync(User, cancellationToken) is not { } me)
        {
            return Challenge();
        }

        var today = clock.Today();
        var applications = await db.Applications.AsNoTracking()
            .Where(a => a.VolunteerId == me)
            .OrderByDescending(a => a.SubmittedAt)
            .ThenByDescending(a => a.Id)
            .Select(a => new MyApplication(
                a.Id,
                a.VacancyId,
                a.Vacancy!.Title,
                a.Vacancy.Organisation!.Name,
                a.Vacancy.Status == VacancyStatus.Published
                    && (a.Vacancy.EndDate == null || a.Vacancy.EndDate >= today)
                    && a.Vacancy.Organisation.Status == OrganisationStatus.Approved,
                a.Status,
                a.SubmittedAt,
                a.Motivation,
                a.ContactPreference,
                a.DeclineReason,
                a.History.OrderBy(h => h.At).ThenBy(h => EF.Property<int>(h, "Id")).Select(h => new Step(h.To, h.At)).ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return View(applications);
    }

    [HttpGet("{id:int}/intrekken")]
    public async Task<IActionResult> Withdraw(int id, CancellationToken cancellationToken)
    {
        var me = await db.VolunteerIdOfAsync(User, cancellationToken);
        var application = await db.Applications.AsNoTracking()
            .Where(a => a.Id == id && a.VolunteerId == me)
            .Select(a => new WithdrawModel(a.Id, a.Vacancy!.Title, a.Vacancy.Organisation!.Name, a.Status, a.SubmittedAt))
            .FirstOrDefaultAsync(cancellationToken);
        return application is null ? NotFound() : View(application);
    }

    [HttpPost("{id:int}/intrekken")]
    [ActionName(nameof(Withdraw))]
    public async Task<IActionResult> WithdrawConfirmed(int id, CancellationToken cancellationToken)
    {
        var me = await db.VolunteerIdOfAsync(User, cancellationToken);
        var application = await db.Applications
            .Include(a => a.History)
            .Include(a => a.Vacancy)
            .FirstOrDefaultAsync(a => a.Id == id && a.VolunteerId == me, cancellationToken);
        if (application is null)
        {
            return NotFound();
        }

        try
        {
            application.Withdraw(CurrentVolunteer.UserIdOf(User)!.Value, clock.GetUtcNow());
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal);
            var vacancy = application.Vacancy!;
            var organisation = await db.Organisations.Where(o => o.Id == vacancy.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
            return View(new WithdrawModel(application.Id, vacancy.Title, organisation, application.Status, application.SubmittedAt));
        }

        var name = await db.Volunteers.Where(v => v.Id == me).Select(v => v.Name).SingleAsync(cancellationToken);
        Outbox.Add(
            db,
            ApplyingEmails.WithdrawnToOrganisation(await mail.ForAsync(application.Vacancy!.ContactEmail, cancellationToken), application.Vacancy.ContactEmail, application.Vacancy.ContactName, application.Vacancy.Title, name, centre.Value.Name),
            clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        Flash("Je reactie is ingetrokken. De organisatie heeft bericht gekregen.");
        return RedirectToAction(nameof(Index));
    }
}

public sealed record Step(ApplicationStatus Status, DateTimeOffset At);

public sealed record MyApplication(
    int Id,
    int VacancyId,
    string VacancyTitle,
    string OrganisationName,
    bool VacancyIsPublic,
    ApplicationStatus Status,
    DateTimeOffset SubmittedAt,
    string Motivation,
    ContactPreference ContactPreference,
    string? DeclineReason,
    IReadOnlyList<Step> History)
{
    public bool CanWithdraw => Status is ApplicationStatus.Submitted or ApplicationStatus.InContact;

    public string VacancyUrl => $"/vacatures/{VacancyId}/{Slug.From(VacancyTitle)}";
}

public sealed record WithdrawModel(int Id, string VacancyTitle, string OrganisationName, ApplicationStatus Status, DateTimeOffset SubmittedAt)
{
    public bool CanWithdraw => Status is ApplicationStatus.Submitted or ApplicationStatus.InContact;
}
