using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Exchange;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.BackOffice.Exchange;

/// <summary>
/// The regional exchange (/beheer/instellingen/uitwisseling), for administrators: other centres'
/// vacancy feeds this portal imports (docs/adr/0150), with how the last fetch of each went.
/// </summary>
[Route("beheer/instellingen/uitwisseling")]
[Authorize(Roles = PortalRoles.Admin)]
public sealed class ExchangeSourcesController(PortalDbContext db, TimeProvider clock) : BackOfficePortalController
{
    private const string RecordType = "ExchangeSource";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ExchangeSourcesPage(await RowsAsync(cancellationToken), new ExchangeSourceForm(), null, null));

    [HttpPost("")]
    public async Task<IActionResult> Add(ExchangeSourceForm form, CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(form))
        {
            return View(nameof(Index), new ExchangeSourcesPage(await RowsAsync(cancellationToken), form, null, null));
        }

        var url = ExchangeSource.NormalizeFeedUrl(form.FeedUrl)!;
        if (await db.ExchangeSources.AnyAsync(s => s.RemovedAt == null && s.FeedUrl == url, cancellationToken))
        {
            ModelState.AddModelError(nameof(ExchangeSourceForm.FeedUrl), Text["Deze vacaturelijst staat er al."]);
            return View(nameof(Index), new ExchangeSourcesPage(await RowsAsync(cancellationToken), form, null, null));
        }

        var source = ExchangeSource.Create(form.Name!, url, clock.GetUtcNow());
        db.ExchangeSources.Add(source);

        // The new row's id exists only after saving; the audit entry follows in the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        AuditLog.Record(db, UserId, AuditActions.Settings.ExchangeAdd, RecordType, source.Id, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Flash("Toegevoegd. De vacatures van deze centrale worden bij de volgende ophaalronde overgenomen.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/wijzigen")]
    public async Task<IActionResult> Change(int id, CancellationToken cancellationToken)
    {
        var source = await db.ExchangeSources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.RemovedAt == null, cancellationToken);
        return source is null ? NotFound() : View(new ExchangeSourceForm { Name = source.Name, FeedUrl = source.FeedUrl });
    }

    [HttpPost("{id:int}/wijzigen")]
    public async Task<IActionResult> Change(int id, ExchangeSourceForm form, CancellationToken cancellationToken)
    {
        var source = await db.ExchangeSources.SingleOrDefaultAsync(s => s.Id == id && s.RemovedAt == null, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        if (!await ValidateAsync(form))
        {
            return View(form);
        }

        var url = ExchangeSource.NormalizeFeedUrl(form.FeedUrl)!;
        if (await db.ExchangeSources.AnyAsync(s => s.Id != id && s.RemovedAt == null && s.FeedUrl == url, cancellationToken))
        {
            ModelState.AddModelError(nameof(ExchangeSourceForm.FeedUrl), Text["Deze vacaturelijst staat er al."]);
            return View(form);
        }

        try
        {
            source.Change(form.Name!, url);
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal);
            return View(form);
        }

        AuditLog.Record(db, UserId, AuditActions.Settings.ExchangeChange, RecordType, source.Id, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        Flash("Gewijzigd.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Stops importing the source; its vacancies stop being public here in the same save.</summary>
    [HttpPost("{id:int}/verwijderen")]
    public async Task<IActionResult> Remove(int id, CancellationToken cancellationToken)
    {
        var source = await db.ExchangeSources.SingleOrDefaultAsync(s => s.Id == id && s.RemovedAt == null, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        source.Remove(now);
        foreach (var vacancy in await db.Vacancies.Where(v => v.ExchangeSourceId == id && v.Status == VacancyStatus.Published).ToListAsync(cancellationToken))
        {
            vacancy.WithdrawImport(now);
        }

        AuditLog.Record(db, UserId, AuditActions.Settings.ExchangeRemove, RecordType, source.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        Flash("Verwijderd. De vacatures van deze centrale staan niet meer op de portal.");
        return RedirectToAction(nameof(Index));
    }

    private Task<List<ExchangeSourceRow>> RowsAsync(CancellationToken cancellationToken) =>
        db.ExchangeSources.AsNoTracking()
            .Where(s => s.RemovedAt == null)
            .OrderBy(s => s.Name)
            .Select(s => new ExchangeSourceRow(s.Id, s.Name, s.FeedUrl, s.LastSuccessAt, s.LastErrorAt, s.LastError, s.ImportedCount))
            .ToListAsync(cancellationToken);
}
