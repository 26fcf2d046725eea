using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Hours;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Features.Shifts;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Organisation.Shifts;

/// <summary>
/// The organisation plans the shifts of one of its vacancies: add one, copy a day's pattern to
/// other dates, change or cancel one (everyone on it is mailed), approve sign-ups, and the roster
/// per date with attendance (attended shifts become confirmed hours). Every id in the URL is
/// checked against the current organisation: another organisation's vacancy or shift is a 404.
/// </summary>
[Route("organisatie/vacatures/{id:int}/diensten")]
public sealed class ShiftsController(PortalDbContext db, ShiftEmails emails, MailTexts mailTexts, IOptionsSnapshot<CentreOptions> centre, TimeProvider clock) : OrganisationPortalController
{
    private const string Views = "~/Features/Organisation/Shifts/";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromRoute] int id, CancellationToken cancellationToken)
    {
        var page = await PageAsync(id, new ShiftForm { PlacesNeeded = 1 }, new CopyForm().WithEmptyRows(), cancellationToken);
        return page is null ? NotFound() : View(Views + "Index.cshtml", page);
    }

    [HttpPost("")]
    public async Task<IActionResult> Add([FromRoute] int id, [Bind(Prefix = "Shift")] ShiftForm form, CancellationToken cancellationToken)
    {
        if (await ActivityAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        if (await ValidateAsync(form))
        {
            try
            {
                db.Shifts.Add(Shift.Plan(id, form.ToPlan(), form.NeedsApproval, clock.GetUtcNow()));
                await db.SaveChangesAsync(cancellationToken);
                Flash("De dienst is toegevoegd.");
                return RedirectToAction(nameof(Index), new { id });
            }
            catch (DomainException refusal)
            {
                AddDomainError(refusal, nameof(ShiftForm.Start));
            }
        }

        PrefixErrors("Shift");
        return View(Views + "Index.cshtml", await PageAsync(id, form, new CopyForm().WithEmptyRows(), cancellationToken));
    }

    [HttpPost("kopieren")]
    public async Task<IActionResult> Copy([FromRoute] int id, [Bind(Prefix = "Copy")] CopyForm form, CancellationToken cancellationToken)
    {
        if (await ActivityAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        if (await ValidateAsync(form))
        {
            var pattern = await db.Shifts.AsNoTracking()
                .Where(s => s.VacancyId == id && s.Date == form.FromDate && s.Status == ShiftStatus.Open)
                .OrderBy(s => s.StartTime)
                .ToListAsync(cancellationToken);
            if (pattern.Count == 0)
            {
                ModelState.AddModelError(nameof(CopyForm.FromDate), Text["Op deze dag zijn geen diensten om te kopiëren."]);
            }
            else
            {
                try
                {
                    var copies = Shift.CopyPattern(
                        id,
                        [.. pattern.Select(s => new ShiftPlan(s.Date, s.StartTime, s.EndTime, s.Place, s.PlacesNeeded))],
                        [.. form.Dates.OfType<DateOnly>()],
                        pattern[0].NeedsApproval,
                        clock.GetUtcNow());
                    db.Shifts.AddRange(copies);
                    await db.SaveChangesAsync(cancellationToken);
                    Flash(copies.Count == 1 ? "Er is 1 dienst toegevoegd." : $"Er zijn {copies.Count} diensten toegevoegd.");
                    return RedirectToAction(nameof(Index), new { id });
                }
                catch (DomainException refusal)
                {
                    AddDomainError(refusal, nameof(CopyForm.Dates));
                }
            }
        }

        PrefixErrors("Copy");
        var copyForm = form.WithEmptyRows();
        return View(Views + "Index.cshtml", await PageAsync(id, new ShiftForm { PlacesNeeded = 1 }, copyForm, cancellationToken));
    }

    [HttpGet("{shiftId:int}/bewerken")]
    public async Task<IActionResult> Edit([FromRoute] int id, [FromRoute] int shiftId, CancellationToken cancellationToken)
    {
        var shift = await db.Shifts.AsNoTracking().SingleOrDefaultAsync(s => s.Id == shiftId && s.VacancyId == id && s.Status == ShiftStatus.Open, cancellationToken);
        var activity = await ActivityAsync(id, cancellationToken);
        return shift is null || activity is null ? NotFound() : EditView(id, shiftId, activity.Title, ShiftForm.Of(shift));
    }

    [HttpPost("{shiftId:int}/bewerken")]
    public async Task<IActionResult> Change([FromRoute] int id, [FromRoute] int shiftId, ShiftForm form, CancellationToken cancellationToken)
    {
        var activity = await ActivityAsync(id, cancellationToken);
        var shift = activity is null ? null : await LoadAsync(id, shiftId, cancellationToken);
        if (shift is null || activity is null)
        {
            return NotFound();
        }

        if (await ValidateAsync(form))
        {
            var now = clock.GetUtcNow();
            try
            {
                var movedUp = shift.Change(form.ToPlan(), form.NeedsApproval, now);
                await MailEveryoneAsync(shift, (signUp, text, to, name) => movedUp.Contains(signUp)
                    ? emails.MovedUp(text, activity, shift, signUp, to, name, centre.Value.Name, now)
                    : emails.Changed(text, new ActivityAndShift(activity, shift), signUp, to, name, centre.Value.Name, now), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                Flash("De dienst is gewijzigd. Iedereen die zich heeft aangemeld, krijgt een e-mail.");
                return RedirectToAction(nameof(Index), new { id });
            }
            catch (DomainException refusal)
            {
                // Too few places for the people on it is about the number; the rest (a time that does
                // not exist on the night summer time starts) is about the times.
                AddDomainError(refusal, form.PlacesNeeded < shift.PlacesTaken ? nameof(ShiftForm.PlacesNeeded) : nameof(ShiftForm.Start));
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(string.Empty, Text["Er meldde zich net iemand aan of af. Kijk de dienst na en sla opnieuw op."]);
            }
        }

        return EditView(id, shiftId, activity.Title, form);
    }

    [HttpPost("{shiftId:int}/annuleren")]
    public async Task<IActionResult> Cancel([FromRoute] int id, [FromRoute] int shiftId, CancellationToken cancellationToken)
    {
        var activity = await ActivityAsync(id, cancellationToken);
        var shift = activity is null ? null : await LoadAsync(id, shiftId, cancellationToken);
        if (shift is null || activity is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        try
        {
            shift.Cancel(now);
            await MailEveryoneAsync(shift, (signUp, text, to, name) => emails.Cancelled(text, new ActivityAndShift(activity, shift), signUp, to, name, centre.Value.Name, now), cancellationToken);
            AuditLog.Record(db, UserId, AuditActions.Shifts.Cancel, nameof(Shift), shift.Id, now);
            await db.SaveChangesAsync(cancellationToken);
            Flash("De dienst is geannuleerd. Iedereen die zich had aangemeld, krijgt een e-mail.");
        }
        catch (DomainException refusal)
        {
            FlashError(Text.Refusal(refusal));
        }
        catch (DbUpdateConcurrencyException)
        {
            FlashError("Er meldde zich net iemand aan of af. Probeer het opnieuw.");
        }

        return RedirectToAction(nameof(Index), new { id });
    }

    /// <summary>The roster of one day, printable: who comes, how to reach them, what they chose to share.</summary>
    [HttpGet("rooster")]
    public async Task<IActionResult> Roster([FromRoute] int id, [FromQuery(Name = "datum")] DateOnly? date, CancellationToken cancellationToken)
    {
        var activity = await ActivityAsync(id, cancellationToken);
        if (activity is null)
        {
            return NotFound();
        }

        var day = date ?? AmsterdamClock.Today(clock.GetUtcNow());
        var shifts = await db.Shifts.AsNoTracking()
            .Where(s => s.VacancyId == id && s.Date == day)
            .OrderBy(s => s.StartsAt)
            .Select(s => new RosterShift(
                s.Id,
                s.StartsAt,
                s.EndsAt,
                s.Place,
                s.PlacesNeeded,
                s.Status == ShiftStatus.Cancelled,
                s.SignUps
                    .Where(u => u.Status == ShiftSignUpStatus.Confirmed || u.Status == ShiftSignUpStatus.Pending || u.Status == ShiftSignUpStatus.Waiting)
                    .OrderBy(u => u.Status).ThenBy(u => u.SignedUpAt)
                    .Join(db.Volunteers, u => u.VolunteerId, v => v.Id, (u, v) => new RosterPerson(u.Id, v.Name, v.Email, v.Phone, u.ContactPreference, u.SharedNeeds, u.Status, u.Attended))
                    .ToList()))
            .ToListAsync(cancellationToken);
        var days = await db.Shifts.AsNoTracking().Where(s => s.VacancyId == id).Select(s => s.Date).Distinct().OrderBy(d => d).ToListAsync(cancellationToken);
        if (shifts.Any(s => s.People.Count > 0) && Current.Organisation.MaySeePersonalData)
        {
            AuditLog.Record(db, UserId, AuditActions.Shifts.RosterView, "Vacancy", id, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        return View(Views + "Roster.cshtml", new RosterPage(id, activity.Title, day, days, shifts, Current.Organisation.MaySeePersonalData, clock.GetUtcNow()));
    }

    /// <summary>Marks who came. Present means confirmed hours for the volunteer; changing it back removes them.</summary>
    [HttpPost("{shiftId:int}/aanwezigheid")]
    public async Task<IActionResult> Attendance([FromRoute] int id, [FromRoute] int shiftId, [FromForm(Name = "aanmelding")] int signUpId, [FromForm(Name = "aanwezig")] bool attended, CancellationToken cancellationToken)
    {
        var shift = await LoadAsync(id, shiftId, cancellationToken);
        if (shift is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        try
        {
            shift.RecordAttendance(signUpId, attended, now);
        }
        catch (DomainException refusal)
        {
            FlashError(Text.Refusal(refusal));
            return RedirectToAction(nameof(Roster), new { id, datum = shift.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        }

        var signUp = shift.SignUps.Single(s => s.Id == signUpId);
        var hours = await db.HourEntries.SingleOrDefaultAsync(h => h.ShiftSignUpId == signUpId, cancellationToken);
        if (attended && hours is null)
        {
            db.HourEntries.Add(HourEntry.FromShift(signUp.VolunteerId, Current.Id, id, signUpId, shift.Date, shift.Duration, UserId, now));
        }
        else if (!attended && hours is not null)
        {
            db.HourEntries.Remove(hours);
        }

        AuditLog.Record(db, UserId, AuditActions.Shifts.Attendance, nameof(Shift), shift.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        Flash(attended ? "Aanwezig gemeld. De uren tellen mee voor de vrijwilliger." : "Afwezig gemeld.");
        return RedirectToAction(nameof(Roster), new { id, datum = shift.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
    }

    /// <summary>Approves or declines a sign-up that waits for the organisation; the volunteer is mailed.</summary>
    [HttpPost("{shiftId:int}/beoordelen")]
    public async Task<IActionResult> Decide([FromRoute] int id, [FromRoute] int shiftId, [FromForm(Name = "aanmelding")] int signUpId, [FromForm(Name = "goedkeuren")] bool approve, CancellationToken cancellationToken)
    {
        var activity = await ActivityAsync(id, cancellationToken);
        var shift = activity is null ? null : await LoadAsync(id, shiftId, cancellationToken);
        if (shift is null || activity is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        try
        {
            var signUp = shift.SignUps.SingleOrDefault(s => s.Id == signUpId) ?? throw new DomainException("Deze aanmelding hoort niet bij deze dienst.");
            if (approve)
            {
                shift.Approve(signUpId, now);
                await MailAsync(signUp.VolunteerId, (text, to, name) => emails.Approved(text, activity, shift, signUp, to, name, centre.Value.Name, now), cancellationToken);
            }
            else
            {
                var movedUp = shift.Decline(signUpId, now);
                await MailAsync(signUp.VolunteerId, (text, to, name) => emails.Declined(text, activity, shift, to, name, centre.Value.Name), cancellationToken);
                if (movedUp is not null)
                {
                    await MailAsync(movedUp.VolunteerId, (text, to, name) => emails.MovedUp(text, activity, shift, movedUp, to, name, centre.Value.Name, now), cancellationToken);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            Flash(approve ? "De aanmelding is goedgekeurd. De vrijwilliger krijgt een e-mail." : "De aanmelding is afgewezen. De vrijwilliger krijgt een e-mail.");
        }
        catch (DomainException refusal)
        {
            FlashError(Text.Refusal(refusal));
        }
        catch (DbUpdateConcurrencyException)
        {
            FlashError("Er meldde zich net iemand aan of af. Probeer het opnieuw.");
        }

        return RedirectToAction(nameof(Roster), new { id, datum = shift.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
    }

    /// <summary>The activity, only when the vacancy is the current organisation's.</summary>
    private async Task<ShiftActivity?> ActivityAsync(int id, CancellationToken cancellationToken) =>
        await db.Vacancies.AsNoTracking().AnyAsync(v => v.Id == id && v.OrganisationId == Current.Id, cancellationToken)
            ? await ShiftQueries.ActivityAsync(db, id, cancellationToken)
            : null;

    /// <summary>The shift, only when it belongs to this vacancy of the current organisation.</summary>
    private Task<Shift?> LoadAsync(int id, int shiftId, CancellationToken cancellationToken) =>
        db.Shifts.Include(s => s.SignUps).AsSplitQuery()
            .Where(s => s.Id == shiftId && s.VacancyId == id && db.Vacancies.Any(v => v.Id == id && v.OrganisationId == Current.Id))
            .SingleOrDefaultAsync(cancellationToken);

    private async Task MailEveryoneAsync(Shift shift, Func<ShiftSignUp, MailText, string, string, EmailMessage> mail, CancellationToken cancellationToken)
    {
        foreach (var signUp in shift.SignUps.Where(s => s.IsActive).ToList())
        {
            await MailAsync(signUp.VolunteerId, (text, to, name) => mail(signUp, text, to, name), cancellationToken);
        }
    }

    private async Task MailAsync(int volunteerId, Func<MailText, string, string, EmailMessage> mail, CancellationToken cancellationToken)
    {
        if (await ShiftQueries.PersonAsync(db, volunteerId, cancellationToken) is { Email: { } to } person)
        {
            Outbox.Add(db, mail(mailTexts.In(person.Language), to, person.Name), clock.GetUtcNow());
        }
    }

    private ViewResult EditView(int id, int shiftId, string title, ShiftForm form)
    {
        ViewData["VacancyId"] = id;
        ViewData["ShiftId"] = shiftId;
        ViewData["ActivityTitle"] = title;
        return View(Views + "Edit.cshtml", form);
    }

    /// <summary>Two forms on one page: their field names carry a prefix, so must their errors.</summary>
    private void PrefixErrors(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            var errors = ModelState[key]!.Errors.ToList();
            ModelState.Remove(key);
            foreach (var error in errors)
            {
                ModelState.AddModelError(key.Length == 0 ? string.Empty : $"{prefix}.{key}", error.ErrorMessage);
            }
        }
    }

    private async Task<ShiftsPage?> PageAsync(int id, ShiftForm shift, CopyForm copy, CancellationToken cancellationToken)
    {
        var activity = await ActivityAsync(id, cancellationToken);
        if (activity is null)
        {
            return null;
        }

        var shifts = await db.Shifts.AsNoTracking()
            .Where(s => s.VacancyId == id)
            .OrderBy(s => s.StartsAt)
            .Select(s => new ShiftRow(
                s.Id,
                s.Date,
                s.StartsAt,
                s.EndsAt,
                s.Place,
                s.PlacesNeeded,
                s.SignUps.Count(u => u.Status == ShiftSignUpStatus.Confirmed || u.Status == ShiftSignUpStatus.Pending),
                s.SignUps.Count(u => u.Status == ShiftSignUpStatus.Waiting),
                s.SignUps.Count(u => u.Status == ShiftSignUpStatus.Pending),
                s.NeedsApproval,
                s.Status == ShiftStatus.Cancelled))
            .ToListAsync(cancellationToken);
        return new ShiftsPage(id, activity.Title, activity.DetailPath, shifts, shift, copy, clock.GetUtcNow());
    }
}

public sealed record ShiftRow(int Id, DateOnly Date, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Place, int PlacesNeeded, int Taken, int Waiting, int Pending, bool NeedsApproval, bool Cancelled);

public sealed record ShiftsPage(int VacancyId, string Title, string DetailPath, IReadOnlyList<ShiftRow> Shifts, ShiftForm Shift, CopyForm Copy, DateTimeOffset Now);

public sealed record RosterPerson(int SignUpId, string Name, string? Email, string? Phone, Domain.Applications.ContactPreference ContactPreference, string? SharedNeeds, ShiftSignUpStatus Status, bool? Attended);

public sealed record RosterShift(int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Place, int PlacesNeeded, bool Cancelled, List<RosterPerson> People);

public sealed record RosterPage(int VacancyId, string Title, DateOnly Date, IReadOnlyList<DateOnly> Days, IReadOnlyList<RosterShift> Shifts, bool MaySeePersonalData, DateTimeOffset Now);
