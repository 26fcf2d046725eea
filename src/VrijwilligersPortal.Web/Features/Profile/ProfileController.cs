using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Profile;

/// <summary>The volunteer's own profile (/mijn/profiel) and their request for personal help.</summary>
[Route("mijn")]
[Authorize(Roles = PortalRoles.Volunteer)]
public sealed class ProfileController(PortalDbContext db, PostcodeLookup postcodes, TimeProvider clock) : PortalController
{
    [HttpGet("profiel")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (await LoadVolunteerAsync(cancellationToken) is not { } volunteer)
        {
            return Challenge();
        }

        await SetChoicesAsync(volunteer, cancellationToken);
        return View(new ProfileForm
        {
            Name = volunteer.Name,
            Phone = volunteer.Phone,
            Postcode = volunteer.Postcode,
            MaxDistanceKm = volunteer.MaxDistanceKm,
            BirthYear = volunteer.BirthYear,
            CategoryIds = [.. volunteer.Interests.Select(c => c.Id)],
            SkillIds = [.. volunteer.Skills.Select(s => s.Id)],
            Slots = [.. Enumerable.Range(0, WeekSchedule.SlotCount).Where(slot => (volunteer.Availability.Bits & (1 << slot)) != 0)],
            HoursPerWeek = volunteer.HoursPerWeek,
            Languages = string.Join(", ", volunteer.Languages),
            DutchLevel = volunteer.DutchLevel,
            WillingToGetVog = volunteer.WillingToGetVog,
            ConsentToBeProposed = volunteer.ConsentToBeProposed,
        });
    }

    [HttpPost("profiel")]
    public async Task<IActionResult> Index(ProfileForm form, CancellationToken cancellationToken)
    {
        if (await LoadVolunteerAsync(cancellationToken) is not { } volunteer)
        {
            return Challenge();
        }

        if (!await ValidateAsync(form))
        {
            await SetChoicesAsync(volunteer, cancellationToken);
            return View(form);
        }

        var now = clock.GetUtcNow();
        var area = PostcodeLookup.AreaOf(form.Postcode);
        var location = area is null ? null : await postcodes.FindAsync(area, cancellationToken);
        var categories = await db.Categories.Where(c => form.CategoryIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var skills = await db.Skills.Where(s => form.SkillIds.Contains(s.Id)).ToListAsync(cancellationToken);
        var askHelp = form.WantsHelp && !await HasActiveMediationAsync(volunteer.Id, cancellationToken);
        Mediation? request = null;
        try
        {
            volunteer.SetContactDetails(form.Name!, form.Phone);
            volunteer.SetLocation(area, location, form.MaxDistanceKm);
            volunteer.SetBirthYear(form.BirthYear, now.Year);
            volunteer.SetInterests(categories, skills);
            volunteer.SetAvailability(form.Schedule(), form.HoursPerWeek);
            volunteer.SetLanguages(ProfileForm.SplitLanguages(form.Languages), form.DutchLevel);
            volunteer.SetWillingToGetVog(form.WillingToGetVog);
            volunteer.SetConsentToBeProposed(form.ConsentToBeProposed, now);
            if (askHelp)
            {
                request = Mediation.Request(volunteer.Id, form.HelpQuestion, CurrentVolunteer.UserIdOf(User)!.Value, now);
                db.Mediations.Add(request);
            }
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal);
            await SetChoicesAsync(volunteer, cancellationToken);
            return View(form);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (request is not null)
        {
            // The same form was sent twice at once and the other request already asked for help:
            // one help request is enough, the rest of the profile is saved as usual.
            db.Entry(request).State = EntityState.Detached;
            if (!await HasActiveMediationAsync(volunteer.Id, cancellationToken))
            {
                throw;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        Flash(askHelp
            ? "Je profiel is opgeslagen. We hebben je hulpvraag ontvangen; een medewerker van de centrale neemt contact met je op."
            : "Je profiel is opgeslagen.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("hulpvraag/intrekken")]
    public async Task<IActionResult> WithdrawHelp(CancellationToken cancellationToken)
    {
        var volunteerId = await db.VolunteerIdOfAsync(User, cancellationToken);
        var active = await db.Mediations.AsNoTracking()
            .Where(m => m.VolunteerId == volunteerId && m.Status != MediationStatus.Closed)
            .Select(m => new ActiveHelpRequest(m.RequestedAt, m.Status, m.Question))
            .FirstOrDefaultAsync(cancellationToken);
        return active is null ? NotFound() : View(active);
    }

    [HttpPost("hulpvraag/intrekken")]
    [ActionName(nameof(WithdrawHelp))]
    public async Task<IActionResult> WithdrawHelpConfirmed(CancellationToken cancellationToken)
    {
        var volunteerId = await db.VolunteerIdOfAsync(User, cancellationToken);
        var mediation = await db.Mediations
            .Include(m => m.History)
            .FirstOrDefaultAsync(m => m.VolunteerId == volunteerId && m.Status != MediationStatus.Closed, cancellationToken);
        if (mediation is null)
        {
            return NotFound();
        }

        try
        {
            mediation.Withdraw(CurrentVolunteer.UserIdOf(User)!.Value, clock.GetUtcNow());
        }
        catch (DomainException refusal)
        {
            TempData["Melding"] = Text.Refusal(refusal);
            return RedirectToAction(nameof(Index));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A staff member changed the case at the same moment (Mediation.Version).
            Flash("Er veranderde net iets aan je hulpvraag. Probeer het nog eens.");
            return RedirectToAction(nameof(Index));
        }

        Flash("Je hulpvraag is ingetrokken. Je kunt altijd opnieuw om hulp vragen.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<Volunteer?> LoadVolunteerAsync(CancellationToken cancellationToken)
    {
        var userId = CurrentVolunteer.UserIdOf(User);
        return await db.Volunteers
            .Include(v => v.Interests)
            .Include(v => v.Skills)
            .AsSplitQuery()
            .FirstOrDefaultAsync(v => v.UserId == userId && v.ErasedAt == null, cancellationToken);
    }

    private Task<bool> HasActiveMediationAsync(int volunteerId, CancellationToken cancellationToken) =>
        db.Mediations.AnyAsync(m => m.VolunteerId == volunteerId && m.Status != MediationStatus.Closed, cancellationToken);

    private async Task SetChoicesAsync(Volunteer volunteer, CancellationToken cancellationToken)
    {
        var chosenCategories = volunteer.Interests.Select(c => c.Id).ToList();
        var chosenSkills = volunteer.Skills.Select(s => s.Id).ToList();
        ViewData["Choices"] = new ProfileChoices(
            volunteer.Email ?? string.Empty,
            await db.Categories.AsNoTracking()
                .Where(c => !c.IsRetired || chosenCategories.Contains(c.Id))
                .OrderBy(c => c.SortOrder)
                .Select(c => new Choice(c.Id, c.Name))
                .ToListAsync(cancellationToken),
            await db.Skills.AsNoTracking()
                .Where(s => !s.IsRetired || chosenSkills.Contains(s.Id))
                .OrderBy(s => s.SortOrder)
                .Select(s => new Choice(s.Id, s.Name))
                .ToListAsync(cancellationToken),
            await db.Mediations.AsNoTracking()
                .Where(m => m.VolunteerId == volunteer.Id && m.Status != MediationStatus.Closed)
                .Select(m => new ActiveHelpRequest(m.RequestedAt, m.Status, m.Question))
                .FirstOrDefaultAsync(cancellationToken));
    }
}

public sealed record Choice(int Id, string Name);

public sealed record ActiveHelpRequest(DateTimeOffset RequestedAt, MediationStatus Status, string? Question);

/// <summary>What the profile page shows besides the form: the lists to choose from and what cannot be edited here.</summary>
public sealed record ProfileChoices(string Email, IReadOnlyList<Choice> Categories, IReadOnlyList<Choice> Skills, ActiveHelpRequest? HelpRequest);
