using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Centre;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Taxonomy;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.BackOffice.Settings;

/// <summary>
/// The centre's settings (/beheer/instellingen), for administrators: name, logo, colours, contact
/// details, moderation and thresholds (stored on top of configuration, applied to the next
/// request), and the category, skill and suitable-for lists (rename, reorder, retire).
/// </summary>
[Route("beheer/instellingen")]
[Authorize(Roles = PortalRoles.Admin)]
public sealed class SettingsController(
    PortalDbContext db,
    IOptionsSnapshot<CentreOptions> centre,
    CentreSettingsCache cache,
    TimeProvider clock) : BackOfficePortalController
{
    [HttpGet("")]
    public IActionResult Index() => View(CentreSettingsForm.From(centre.Value));

    [HttpPost("")]
    public async Task<IActionResult> Index(CentreSettingsForm form, CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(form))
        {
            return View(form);
        }

        var now = clock.GetUtcNow();
        var stored = await db.CentreSettings.SingleOrDefaultAsync(cancellationToken);
        try
        {
            if (stored is null)
            {
                db.CentreSettings.Add(CentreSettings.Create(form.ToValues(), UserId, now));
            }
            else
            {
                stored.Change(form.ToValues(), UserId, now);
            }
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal);
            return View(form);
        }

        AuditLog.Record(db, UserId, AuditActions.Settings.CentreChange, "CentreSettings", now);
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        Flash("De instellingen zijn opgeslagen.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Forgets every change made here: configuration applies again.</summary>
    [HttpPost("standaard")]
    public async Task<IActionResult> Reset(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CentreSettings.ExecuteDeleteAsync(cancellationToken);
        AuditLog.Record(db, UserId, AuditActions.Settings.CentreReset, "CentreSettings", now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Invalidate();
        Flash("De standaardinstellingen gelden weer.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("lijsten/{list}")]
    public async Task<IActionResult> List([FromRoute] string list, CancellationToken cancellationToken) =>
        ReferenceList.Named(list) is { } l ? await ShowListAsync(l, new ReferenceItemForm(), null, cancellationToken) : NotFound();

    [HttpPost("lijsten/{list}/toevoegen")]
    public async Task<IActionResult> Add([FromRoute] string list, ReferenceItemForm form, CancellationToken cancellationToken)
    {
        if (ReferenceList.Named(list) is not { } l)
        {
            return NotFound();
        }

        if (!await ValidateAsync(form))
        {
            return await ShowListAsync(l, form, null, cancellationToken);
        }

        var slug = Slug.From(form.Name!);
        if (slug.Length == 0 || await l.Items(db).AnyAsync(i => i.Slug == slug, cancellationToken))
        {
            ModelState.AddModelError(nameof(ReferenceItemForm.Name), Text["Er is al een onderdeel met (bijna) deze naam. Geef een andere naam, of zet het ingetrokken onderdeel terug."]);
            return await ShowListAsync(l, form, null, cancellationToken);
        }

        var last = await l.Items(db).MaxAsync(i => (int?)i.SortOrder, cancellationToken) ?? 0;
        var item = l.Add(db, form.Name!.Trim(), slug, form.SortOrder ?? last + 10);

        // The new row's id exists only after saving; the entry follows in the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        AuditLog.Record(db, UserId, l.Audit.Add, l.RecordType, item.Id, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Flash("Toegevoegd.");
        return RedirectToAction(nameof(List), new { list = l.Path });
    }

    [HttpPost("lijsten/{list}/{id:int}/wijzigen")]
    public Task<IActionResult> Change([FromRoute] string list, [FromRoute] int id, ReferenceItemForm form, CancellationToken cancellationToken) =>
        ChangeItemAsync(list, id, form, codes => codes.Change, item =>
        {
            item.Rename(form.Name!);
            item.MoveTo(form.SortOrder ?? item.SortOrder);
        }, cancellationToken);

    [HttpPost("lijsten/{list}/{id:int}/intrekken")]
    public Task<IActionResult> Retire([FromRoute] string list, [FromRoute] int id, CancellationToken cancellationToken) =>
        ChangeItemAsync(list, id, null, codes => codes.Retire, item => item.Retire(), cancellationToken);

    [HttpPost("lijsten/{list}/{id:int}/terugzetten")]
    public Task<IActionResult> Restore([FromRoute] string list, [FromRoute] int id, CancellationToken cancellationToken) =>
        ChangeItemAsync(list, id, null, codes => codes.Restore, item => item.Restore(), cancellationToken);

    private async Task<IActionResult> ChangeItemAsync(string list, int id, ReferenceItemForm? form, Func<ReferenceListAuditCodes, string> auditCode, Action<ReferenceItem> change, CancellationToken cancellationToken)
    {
        if (ReferenceList.Named(list) is not { } l || await l.Items(db).SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        if (form is not null && !await ValidateAsync(form))
        {
            // The summary links each message to the row's own field, not to the add form's.
            var messages = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList();
            ModelState.Clear();
            messages.ForEach(m => ModelState.AddModelError($"naam-{id}", m));
            return await ShowListAsync(l, new ReferenceItemForm(), (id, form), cancellationToken);
        }

        var lowerName = form?.Name?.Trim().ToLowerInvariant();
        if (lowerName is not null && await l.Items(db).AnyAsync(i => i.Id != id && i.Name.ToLower() == lowerName, cancellationToken))
        {
            ModelState.AddModelError($"naam-{id}", Text["Er is al een onderdeel met deze naam; kies een andere naam."]);
            return await ShowListAsync(l, new ReferenceItemForm(), (id, form!), cancellationToken);
        }

        try
        {
            change(item);
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal, $"naam-{id}");
            return await ShowListAsync(l, new ReferenceItemForm(), (id, form ?? new ReferenceItemForm()), cancellationToken);
        }

        var action = auditCode(l.Audit);
        AuditLog.Record(db, UserId, action, l.RecordType, item.Id, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        Flash(action == l.Audit.Retire ? "Ingetrokken: niemand kan het nog kiezen, maar bestaande vacatures en profielen houden het."
            : action == l.Audit.Restore ? "Teruggezet: het is weer te kiezen."
            : "Gewijzigd.");
        return RedirectToAction(nameof(List), new { list = l.Path });
    }

    private async Task<IActionResult> ShowListAsync(ReferenceList list, ReferenceItemForm addForm, (int Id, ReferenceItemForm Form)? editing, CancellationToken cancellationToken)
    {
        var items = await list.Items(db).AsNoTracking()
            .OrderBy(i => i.IsRetired)
            .ThenBy(i => i.SortOrder)
            .ThenBy(i => i.Name)
            .Select(i => new ReferenceItemRow(i.Id, i.Name, i.Slug, i.SortOrder, i.IsRetired))
            .ToListAsync(cancellationToken);
        return View("List", new ReferenceListPage(list.Path, list.Title, items, addForm, editing?.Id, editing?.Form));
    }
}
