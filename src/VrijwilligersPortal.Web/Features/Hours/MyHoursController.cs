using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Hours;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Hours;

/// <summary>
/// The volunteer's hours (/mijn/uren): confirmed hours per organisation and year, hours that wait
/// for the organisation, and logging hours for an ongoing placement (an application marked placed).
/// </summary>
[Route("mijn/uren")]
[Authorize(Roles = PortalRoles.Volunteer)]
public sealed class MyHoursController(PortalDbContext db, TimeProvider clock) : PortalController
{
    private const string PageView = "~/Features/Hours/Mine.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (await db.VolunteerIdOfAsync(User, cancellationToken) is not { } me)
        {
            return Challenge();
        }

        var today = AmsterdamClock.Today(clock.GetUtcNow());
        return View(PageView, await PageAsync(me, new LogHoursForm { From = today.AddDays(-6), To = today }, cancellationToken));
    }

    [HttpPost("")]
    public async Task<IActionResult> Log(LogHoursForm form, CancellationToken cancellationToken)
    {
        if (await db.VolunteerIdOfAsync(User, cancellationToken) is not { } me)
        {
            return Challenge();
        }

        if (await ValidateAsync(form))
        {
            // Only a placement of this volunteer: another vacancy id is refused at the field.
            var placement = await db.Applications.AsNoTracking()
                .Where(a => a.VolunteerId == me && a.VacancyId == form.VacancyId && a.Status == ApplicationStatus.Placed)
                .Select(a => new { a.VacancyId, a.Vacancy!.OrganisationId })
                .FirstOrDefaultAsync(cancellationToken);
            if (placement is null)
            {
                ModelState.AddModelError(nameof(LogHoursForm.VacancyId), Text["Kies een van je plaatsingen."]);
            }
            else
            {
                try
                {
                    db.HourEntries.Add(HourEntry.Log(me, placement.OrganisationId, placement.VacancyId, form.From!.Value, form.To!.Value, HoursText.ToMinutes(form.Hours)!.Value, form.Note, clock.GetUtcNow()));
                    await db.SaveChangesAsync(cancellationToken);
                    Flash("Je uren zijn doorgegeven. De organisatie bevestigt ze.");
                    return RedirectToAction(nameof(Index));
                }
                catch (DomainException refusal)
                {
                    AddDomainError(refusal, nameof(LogHoursForm.Hours));
                }
            }
        }

        return View(PageView, await PageAsync(me, form, cancellationToken));
    }

    private async Task<MyHoursPage> PageAsync(int me, LogHoursForm form, CancellationToken cancellationToken)
    {
        var entries = await db.HourEntries.AsNoTracking()
            .Where(h => h.VolunteerId == me)
            .Join(db.Organisations, h => h.OrganisationId, o => o.Id, (h, o) => new { h.Id, Organisation = o.Name, h.VacancyId, h.PeriodStart, h.PeriodEnd, h.Minutes, h.Status, h.Source })
            .ToListAsync(cancellationToken);
        var totals = entries.Where(e => e.Status == HourStatus.Confirmed)
            .GroupBy(e => (e.PeriodStart.Year, e.Organisation))
            .OrderByDescending(g => g.Key.Year).ThenBy(g => g.Key.Organisation, StringComparer.CurrentCulture)
            .Select(g => new HoursTotal(g.Key.Year, g.Key.Organisation, g.Sum(e => e.Minutes)))
            .ToList();
        var waiting = entries.Where(e => e.Status == HourStatus.Logged).OrderByDescending(e => e.PeriodStart)
            .Select(e => new WaitingHours(e.Organisation, e.PeriodStart, e.PeriodEnd, e.Minutes))
            .ToList();
        var placements = await db.Applications.AsNoTracking()
            .Where(a => a.VolunteerId == me && a.Status == ApplicationStatus.Placed)
            .Select(a => new Placement(a.VacancyId, a.Vacancy!.Title, a.Vacancy.Organisation!.Name))
            .Distinct()
            .ToListAsync(cancellationToken);
        return new MyHoursPage(totals, waiting, placements, form);
    }
}

public sealed record HoursTotal(int Year, string Organisation, int Minutes);

public sealed record WaitingHours(string Organisation, DateOnly From, DateOnly To, int Minutes);

public sealed record Placement(int VacancyId, string Title, string Organisation);

public sealed record MyHoursPage(IReadOnlyList<HoursTotal> Totals, IReadOnlyList<WaitingHours> Waiting, IReadOnlyList<Placement> Placements, LogHoursForm Form);
