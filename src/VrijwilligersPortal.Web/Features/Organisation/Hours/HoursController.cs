using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Hours;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Features.Hours;

namespace VrijwilligersPortal.Web.Features.Organisation.Hours;

/// <summary>
/// Hours volunteers logged for the organisation, to confirm as they are or corrected; several at
/// once for a busy coordinator. All or nothing: one wrong correction leaves every selected entry
/// as it was. Only entries of the current organisation can be named.
/// </summary>
[Route("organisatie/uren")]
public sealed class HoursController(PortalDbContext db, TimeProvider clock) : OrganisationPortalController
{
    private const string PageView = "~/Features/Organisation/Hours/Index.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(PageView, new ConfirmHoursPage(await WaitingAsync(cancellationToken), new ConfirmHoursForm()));

    [HttpPost("")]
    public async Task<IActionResult> Confirm(ConfirmHoursForm form, CancellationToken cancellationToken)
    {
        var selected = form.Selected.Distinct().ToList();
        if (selected.Count == 0)
        {
            ModelState.AddModelError(nameof(ConfirmHoursForm.Selected), Text["Kies de uren die je bevestigt."]);
            return View(PageView, new ConfirmHoursPage(await WaitingAsync(cancellationToken), form));
        }

        var entries = await db.HourEntries.Where(h => selected.Contains(h.Id) && h.OrganisationId == Current.Id).ToListAsync(cancellationToken);
        if (entries.Count != selected.Count)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        foreach (var entry in entries)
        {
            var typed = form.Corrected.GetValueOrDefault(entry.Id);
            int? corrected = null;
            if (!string.IsNullOrWhiteSpace(typed))
            {
                corrected = HoursText.ToMinutes(typed);
                if (corrected is null)
                {
                    ModelState.AddModelError($"Corrected[{entry.Id}]", Text["Geef een aantal uren, bijvoorbeeld 3,5."]);
                    continue;
                }
            }

            try
            {
                entry.Confirm(corrected, UserId, now);
                AuditLog.Record(db, UserId, AuditActions.Hours.Confirm, nameof(HourEntry), entry.Id, now);
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError($"Corrected[{entry.Id}]", Text.Refusal(refusal));
            }
        }

        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            return View(PageView, new ConfirmHoursPage(await WaitingAsync(cancellationToken), form));
        }

        await db.SaveChangesAsync(cancellationToken);
        Flash(entries.Count == 1 ? "De uren zijn bevestigd." : $"{entries.Count} keer uren bevestigd.");
        return RedirectToAction(nameof(Index));
    }

    private Task<List<WaitingEntry>> WaitingAsync(CancellationToken cancellationToken) =>
        db.HourEntries.AsNoTracking()
            .Where(h => h.OrganisationId == Current.Id && h.Status == HourStatus.Logged)
            .OrderBy(h => h.PeriodStart)
            .Join(db.Volunteers, h => h.VolunteerId, v => v.Id, (h, v) => new { h, v.Name })
            .Join(db.Vacancies, x => x.h.VacancyId, v => v.Id, (x, v) => new WaitingEntry(x.h.Id, x.Name, v.Title, x.h.PeriodStart, x.h.PeriodEnd, x.h.Minutes, x.h.Note))
            .ToListAsync(cancellationToken);
}

public sealed record WaitingEntry(int Id, string Volunteer, string Vacancy, DateOnly From, DateOnly To, int Minutes, string? Note);

public sealed class ConfirmHoursForm
{
    public List<int> Selected { get; set; } = [];

    /// <summary>Per entry id, the hours as the organisation corrects them; empty keeps what was logged.</summary>
    public Dictionary<int, string?> Corrected { get; set; } = [];
}

public sealed record ConfirmHoursPage(IReadOnlyList<WaitingEntry> Entries, ConfirmHoursForm Form);
