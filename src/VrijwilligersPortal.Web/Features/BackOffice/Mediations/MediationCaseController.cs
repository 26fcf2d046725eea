using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.BackOffice.Mediations;

/// <summary>
/// What the mediation controllers share (/beheer/bemiddelingen): every use case (the case itself,
/// intake, proposals, follow-up, data requests) is a controller of its own, and each shows the case
/// page again with the refusal when a step fails. The case id comes from the route and an unknown
/// one is a 404. Notes and support needs are audited on every view and change
/// (<see cref="IMediationAudit"/>). The route prefix is written here once; each controller inherits it.
/// </summary>
[Route("beheer/bemiddelingen")]
public abstract class MediationCaseController(
    PortalDbContext db,
    IMediationAudit audit,
    MatchingQueries matching,
    IOptionsSnapshot<CentreOptions> centre,
    TimeProvider clock) : BackOfficePortalController
{
    private const int SuggestionCount = 10;

    protected PortalDbContext Db { get; } = db;

    protected IMediationAudit Audit { get; } = audit;

    protected CentreOptions Centre => centre.Value;

    protected TimeProvider Clock { get; } = clock;

    /// <summary>Back to the case page, optionally at one of its sections.</summary>
    protected RedirectToActionResult ToCase(int id, string? section = null) =>
        RedirectToAction(nameof(MediationsController.Show), ControllerNames.Of<MediationsController>(), new { id }, section);

    protected Task<Mediation?> LoadAsync(int id, CancellationToken cancellationToken) =>
        Db.Mediations.Include(m => m.History).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);

    protected Task<IActionResult> StepAsync(int id, string auditAction, Action step, string done, CancellationToken cancellationToken) =>
        StepAsync(
            id,
            auditAction,
            _ =>
            {
                step();
                return Task.CompletedTask;
            },
            done,
            cancellationToken);

    /// <summary>
    /// Runs a domain step and saves it with its audit entry (<paramref name="auditAction"/>, one of
    /// <see cref="AuditActions.Mediation"/>), or shows the case page with the refusal and nothing saved.
    /// </summary>
    protected async Task<IActionResult> StepAsync(int id, string auditAction, Func<DateTimeOffset, Task> step, string done, CancellationToken cancellationToken)
    {
        try
        {
            var now = Clock.GetUtcNow();
            await step(now);

            // Every staff step is audited in the same save as the step (docs/adr/0041).
            AuditLog.Record(Db, UserId, auditAction, DatabaseMediationAudit.RecordType, id, now);
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException refusal)
        {
            Db.ChangeTracker.Clear();
            AddDomainError(refusal);
            return await ShowCaseAsync(id, new CaseForms(), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A colleague changed this case, or someone answered on the same vacancy, at the same
            // moment (docs/adr/0006): nothing of this step is saved; the page shows the new state.
            Db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, Text["Tegelijk met jou is deze bemiddeling of de vacature gewijzigd. Bekijk de nieuwe stand en probeer het nog eens."]);
            return await ShowCaseAsync(id, new CaseForms(), cancellationToken);
        }

        Flash(done);
        return ToCase(id);
    }

    /// <summary>The case page, with the forms as typed when a step was refused.</summary>
    protected async Task<IActionResult> ShowCaseAsync(int id, CaseForms forms, CancellationToken cancellationToken)
    {
        var page = await CasePageQuery.LoadAsync(Db, matching, id, Clock.GetUtcNow(), SuggestionCount, await StaffNamesAsync(cancellationToken), cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        // The page shows the notes and the support needs: both views are audited, every time.
        await Audit.RecordAsync(UserId, AuditActions.Mediation.NotesViewed, id);
        await Audit.RecordAsync(UserId, AuditActions.Mediation.SupportNeedsViewed, id);
        ViewData[nameof(CasePage)] = page;
        return View("Show", forms);
    }

    /// <summary>Withdraws the volunteer's open applications on these vacancies (a proposal that did not go ahead).</summary>
    protected async Task WithdrawApplicationsAsync(int volunteerId, IReadOnlyCollection<int> vacancyIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (vacancyIds.Count == 0)
        {
            return;
        }

        var open = await Db.Applications
            .Where(a => a.VolunteerId == volunteerId && vacancyIds.Contains(a.VacancyId) && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.InContact))
            .ToListAsync(cancellationToken);
        foreach (var application in open)
        {
            application.Withdraw(UserId, now);
        }
    }

    /// <summary>Everyone who may handle a case: the Staff and Admin accounts, by id.</summary>
    protected async Task<Dictionary<Guid, string>> StaffNamesAsync(CancellationToken cancellationToken)
    {
        var rows = await (
            from user in Db.Users.AsNoTracking()
            join userRole in Db.UserRoles on user.Id equals userRole.UserId
            join role in Db.Roles on userRole.RoleId equals role.Id
            where role.Name == PortalRoles.Staff || role.Name == PortalRoles.Admin
            select new { user.Id, user.DisplayName })
            .ToListAsync(cancellationToken);
        return rows.DistinctBy(r => r.Id).ToDictionary(r => r.Id, r => r.DisplayName);
    }
}
