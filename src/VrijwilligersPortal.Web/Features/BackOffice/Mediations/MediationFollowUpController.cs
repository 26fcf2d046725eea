using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.BackOffice.Mediations;

/// <summary>
/// Staff's follow-up of a placement (/beheer/bemiddelingen/{id}/nazorg): how it goes, a story that
/// may be used, and optionally closing the case.
/// </summary>
public sealed class MediationFollowUpController(
    PortalDbContext db,
    IMediationAudit audit,
    MatchingQueries matching,
    IOptionsSnapshot<CentreOptions> centre,
    TimeProvider clock) : MediationCaseController(db, audit, matching, centre, clock)
{
    [HttpGet("{id:int}/nazorg")]
    public async Task<IActionResult> FollowUp([FromRoute] int id, CancellationToken cancellationToken)
    {
        var summary = await FollowUpSummaryAsync(id, cancellationToken);
        if (summary is null)
        {
            return NotFound();
        }

        if (summary.Status != MediationStatus.Placed)
        {
            Flash("Nazorg hoort bij een plaatsing; deze bemiddeling is niet (meer) geplaatst.");
            return ToCase(id);
        }

        ViewData[nameof(FollowUpSummary)] = summary;
        return View(new FollowUpForm());
    }

    [HttpPost("{id:int}/nazorg")]
    public async Task<IActionResult> FollowUp([FromRoute] int id, FollowUpForm form, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } mediation)
        {
            return NotFound();
        }

        if (await ValidateAsync(form))
        {
            try
            {
                var now = Clock.GetUtcNow();
                mediation.RecordFollowUp(form.Rating!.Value, form.Story, form.StoryMayBeUsed, form.Close, UserId, now);
                AuditLog.Record(Db, UserId, AuditActions.Mediation.FollowUp, DatabaseMediationAudit.RecordType, id, now);
                await Db.SaveChangesAsync(cancellationToken);
                Flash(form.Close ? "De nazorg is vastgelegd en de bemiddeling is afgesloten." : "De nazorg is vastgelegd.");
                return ToCase(id);
            }
            catch (DomainException refusal)
            {
                Db.ChangeTracker.Clear();
                AddDomainError(refusal);
            }
        }

        ViewData[nameof(FollowUpSummary)] = await FollowUpSummaryAsync(id, cancellationToken);
        return View(form);
    }

    private Task<FollowUpSummary?> FollowUpSummaryAsync(int id, CancellationToken cancellationToken) =>
        (from m in Db.Mediations.AsNoTracking()
         join v in Db.Volunteers.AsNoTracking() on m.VolunteerId equals v.Id
         where m.Id == id
         select new FollowUpSummary(
             m.Id,
             v.ErasedAt != null ? string.Empty : v.Name,
             m.Status,
             Db.Vacancies.Where(x => x.Id == m.PlacedVacancyId).Select(x => x.Title).FirstOrDefault(),
             m.FollowUpDueAt))
        .SingleOrDefaultAsync(cancellationToken);
}

public sealed record FollowUpSummary(int Id, string Name, MediationStatus Status, string? VacancyTitle, DateTimeOffset? DueAt);
