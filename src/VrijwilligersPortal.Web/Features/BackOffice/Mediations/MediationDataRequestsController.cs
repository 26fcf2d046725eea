using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Hosting;
using VrijwilligersPortal.Web.PersonalData;

namespace VrijwilligersPortal.Web.Features.BackOffice.Mediations;

/// <summary>
/// Data requests of a person without an account, who cannot use /mijn/gegevens: staff download or
/// erase that person's data for them (docs/adr/0052). Both are audited.
/// </summary>
public sealed class MediationDataRequestsController(
    PortalDbContext db,
    IMediationAudit audit,
    MatchingQueries matching,
    IOptionsSnapshot<CentreOptions> centre,
    TimeProvider clock) : MediationCaseController(db, audit, matching, centre, clock)
{
    /// <summary>
    /// The right of access for someone without an account: staff download the same file to hand over.
    /// </summary>
    [HttpGet("{id:int}/persoon/gegevens")]
    public async Task<IActionResult> PersonData([FromRoute] int id, CancellationToken cancellationToken)
    {
        if (await PersonWithoutAccountAsync(id, cancellationToken) is not { } volunteerId)
        {
            return NotFound();
        }

        var now = Clock.GetUtcNow();
        var json = await VolunteerDataExport.BuildAsync(Db, volunteerId, null, [], Centre.Name, now, cancellationToken);
        AuditLog.Record(Db, UserId, AuditActions.Volunteer.Export, nameof(Volunteer), volunteerId, now);
        await Db.SaveChangesAsync(cancellationToken);
        return File(json, "application/json; charset=utf-8", $"gegevens-{volunteerId}-{now:yyyy-MM-dd}.json");
    }

    /// <summary>
    /// Erases the record of someone without an account who asked for it, as an account holder can
    /// at /mijn/gegevens: the case stays as an anonymous, closed record.
    /// </summary>
    [HttpPost("{id:int}/persoon/verwijderen")]
    public async Task<IActionResult> ErasePerson([FromRoute] int id, ErasePersonForm form, CancellationToken cancellationToken)
    {
        if (await PersonWithoutAccountAsync(id, cancellationToken) is not { } volunteerId)
        {
            return NotFound();
        }

        if (!await ValidateAsync(form))
        {
            return await ShowCaseAsync(id, new CaseForms(), cancellationToken);
        }

        await VolunteerErasure.EraseWithoutAccountAsync(Db, volunteerId, UserId, Clock.GetUtcNow(), cancellationToken);
        Flash("De gegevens van de persoon zijn verwijderd. De bemiddeling blijft anoniem bewaard voor de cijfers.");
        return ToCase(id);
    }

    /// <summary>The volunteer of the case when that is a person without an account whose data are still there.</summary>
    private async Task<int?> PersonWithoutAccountAsync(int id, CancellationToken cancellationToken) =>
        await Db.Mediations.AsNoTracking()
            .Where(m => m.Id == id)
            .Join(Db.Volunteers, m => m.VolunteerId, v => v.Id, (m, v) => v)
            .Where(v => v.UserId == null && v.ErasedAt == null)
            .Select(v => (int?)v.Id)
            .SingleOrDefaultAsync(cancellationToken);
}
