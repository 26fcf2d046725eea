using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Features.Vacancies;

namespace VrijwilligersPortal.Web.Features.ForYou;

/// <summary>
/// Vacancies for the signed-in volunteer (/mijn/voor-jou), each with why it fits, a prompt for
/// the profile fields that would improve them, and the e-mail alert for new ones.
/// </summary>
[Route("mijn/voor-jou")]
[Authorize(Roles = PortalRoles.Volunteer)]
public sealed class ForYouController(PortalDbContext db, MatchingQueries matching, TimeProvider clock) : PortalController
{
    public const int Shown = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (await db.VolunteerIdOfAsync(User, cancellationToken) is not { } me || await matching.VolunteerAsync(me, cancellationToken) is not { } volunteer)
        {
            return Challenge();
        }

        return View(await PageAsync(me, volunteer, null, cancellationToken));
    }

    [HttpPost("meldingen")]
    public async Task<IActionResult> Alert(AlertForm form, CancellationToken cancellationToken)
    {
        if (await db.VolunteerIdOfAsync(User, cancellationToken) is not { } me || await matching.VolunteerAsync(me, cancellationToken) is not { } volunteer)
        {
            return Challenge();
        }

        if (!await ValidateAsync(form))
        {
            return View(nameof(Index), await PageAsync(me, volunteer, form, cancellationToken));
        }

        var now = clock.GetUtcNow();
        var alert = await db.MatchAlerts.SingleOrDefaultAsync(a => a.VolunteerId == me, cancellationToken);
        if (form.Frequency is not { } frequency)
        {
            if (alert is not null)
            {
                db.MatchAlerts.Remove(alert);
                await db.SaveChangesAsync(cancellationToken);
            }

            Flash("Je krijgt geen e-mails meer met nieuwe vacatures.");
            return Redirect("/mijn/voor-jou");
        }

        try
        {
            if (alert is null)
            {
                db.MatchAlerts.Add(MatchAlert.SwitchOn(me, frequency, form.Threshold, now));
            }
            else
            {
                alert.Change(frequency, form.Threshold, now);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal, nameof(AlertForm.Threshold));
            return View(nameof(Index), await PageAsync(me, volunteer, form, cancellationToken));
        }
        catch (DbUpdateException) when (alert is null)
        {
            // Switched on in two tabs at once: the unique index kept one; this request's choice goes into it.
            db.ChangeTracker.Clear();
            var existing = await db.MatchAlerts.SingleAsync(a => a.VolunteerId == me, cancellationToken);
            existing.Change(frequency, form.Threshold, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        Flash(frequency == AlertFrequency.Daily
            ? "Je krijgt voortaan elke dag een e-mail als er nieuwe vacatures zijn die bij je passen."
            : "Je krijgt voortaan elke week een e-mail als er nieuwe vacatures zijn die bij je passen.");
        return Redirect("/mijn/voor-jou");
    }

    private async Task<ForYouPage> PageAsync(int me, VolunteerSnapshot volunteer, AlertForm? form, CancellationToken cancellationToken)
    {
        var matches = await matching.RankVacanciesAsync(volunteer, Shown, cancellationToken);
        var weights = (await matching.MatcherAsync(cancellationToken)).Weights;
        var alert = await db.MatchAlerts.AsNoTracking().SingleOrDefaultAsync(a => a.VolunteerId == me, cancellationToken);
        form ??= alert is null
            ? new AlertForm()
            : new AlertForm { Frequency = alert.Frequency, Threshold = alert.Threshold };
        var nextDates = await VacancyCardQuery.NextShiftDatesAsync(db, [.. matches.Select(m => m.VacancyId)], AmsterdamClock.Today(clock.GetUtcNow()), cancellationToken);
        return new ForYouPage(matches, ProfileGaps.For(volunteer, weights), form, alert is not null, nextDates);
    }
}

/// <param name="NextShiftDates">Per suggestion with an upcoming shift, its first date, as the search cards show it (docs/adr/0133).</param>
public sealed record ForYouPage(IReadOnlyList<RankedVacancy> Matches, IReadOnlyList<ProfileGap> Gaps, AlertForm Alert, bool AlertIsOn, IReadOnlyDictionary<int, DateOnly> NextShiftDates);
