using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Hosting;
using VrijwilligersPortal.Web.Features.MyApplications;

namespace VrijwilligersPortal.Web.Features.Applying;

/// <summary>
/// Responding to a vacancy (/vacatures/{id}/reageren). The capacity rule lives in
/// <c>Vacancy.Apply</c>; this controller makes it hold under concurrent requests by retrying on the
/// vacancy's concurrency token, so two people racing for the last place never both get it.
/// </summary>
public sealed class ApplyingController(
    PortalDbContext db,
    PublicUrls urls,
    IOptionsSnapshot<CentreOptions> centre,
    MailTexts mail,
    TimeProvider clock) : PortalController
{
    private const int MaxAttempts = 5;

    [AllowAnonymous]
    [HttpGet("vacatures/{id:int}/reageren")]
    public async Task<IActionResult> Apply(int id, CancellationToken cancellationToken)
    {
        var vacancy = await ApplyVacancy.FindAsync(db, id, clock.Today(), cancellationToken);
        if (vacancy is null)
        {
            return NotFound();
        }

        ViewData["Vacancy"] = vacancy;
        if (User.Identity?.IsAuthenticated != true)
        {
            return View("SignInFirst", vacancy);
        }

        if (!User.IsInRole(PortalRoles.Volunteer))
        {
            return Forbid();
        }

        var me = await FindApplicantAsync(cancellationToken);
        if (me is null)
        {
            return Challenge();
        }

        if (await HasOpenApplicationAsync(id, me.Id, cancellationToken))
        {
            return Unavailable(vacancy, "Je hebt al op deze vacature gereageerd. Hoe het ermee staat, zie je bij Mijn reacties.");
        }

        if (vacancy.IsFull)
        {
            return Unavailable(vacancy, "Alle plaatsen voor deze vacature zijn al bezet.");
        }

        ViewData["Applicant"] = me;
        return View(new ApplyForm { ContactPreference = ContactPreference.Email, Phone = me.Phone });
    }

    [HttpPost("vacatures/{id:int}/reageren")]
    [Authorize(Roles = PortalRoles.Volunteer)]
    public async Task<IActionResult> Apply(int id, ApplyForm form, CancellationToken cancellationToken)
    {
        var vacancy = await ApplyVacancy.FindAsync(db, id, clock.Today(), cancellationToken);
        if (vacancy is null)
        {
            return NotFound();
        }

        var me = await FindApplicantAsync(cancellationToken);
        if (me is null)
        {
            return Challenge();
        }

        ViewData["Vacancy"] = vacancy;
        ViewData["Applicant"] = me;
        if (!await ValidateAsync(form))
        {
            return View(form);
        }

        var outcome = await ApplyWithRetriesAsync(vacancy, me.Id, form, cancellationToken);
        switch (outcome)
        {
            case Outcome.AlreadyApplied:
                // A double click or a second tab: the first request did the work.
                Flash("Je reactie op deze vacature was al verstuurd.");
                return RedirectToAction(nameof(MyApplicationsController.Index), ControllerNames.Of<MyApplicationsController>());
            case Outcome.Refused refused:
                ModelState.AddModelError(string.Empty, refused.Message);
                return View(form);
            case Outcome.Applied:
                Flash("Je reactie is verstuurd. De organisatie neemt contact met je op; je krijgt ook een bevestiging per e-mail.");
                return RedirectToAction(nameof(MyApplicationsController.Index), ControllerNames.Of<MyApplicationsController>());
            default:
                throw new InvalidOperationException("Unknown outcome");
        }
    }

    private async Task<Outcome> ApplyWithRetriesAsync(ApplyVacancy shown, int volunteerId, ApplyForm form, CancellationToken cancellationToken)
    {
        var vacancyId = shown.Id;
        var userId = CurrentVolunteer.UserIdOf(User)!.Value;
        for (var attempt = 1; ; attempt++)
        {
            // Each attempt starts from what the database holds now, not from what a lost race left behind.
            db.ChangeTracker.Clear();
            var volunteer = await db.Volunteers.SingleAsync(v => v.Id == volunteerId, cancellationToken);
            var vacancy = await db.Vacancies.Include(v => v.Applications).SingleAsync(v => v.Id == vacancyId, cancellationToken);
            if (vacancy.Applications.Any(a => a.VolunteerId == volunteerId && a.IsOpen))
            {
                return new Outcome.AlreadyApplied();
            }

            Application application;
            try
            {
                if (form.WantsPhoneCall && form.Phone?.Trim() != volunteer.Phone)
                {
                    volunteer.SetContactDetails(volunteer.Name, form.Phone);
                }

                application = vacancy.Apply(volunteerId, form.Motivation!, form.ContactPreference!.Value, userId, clock.GetUtcNow());
            }
            catch (DomainException refusal)
            {
                return new Outcome.Refused(Text.Refusal(refusal));
            }

            // The application and both e-mails are saved together (docs/adr/0060).
            var applied = new Outcome.Applied(application.Motivation, application.ContactPreference, volunteer.Name, volunteer.Email!, volunteer.Phone);
            await QueueEmailsAsync(shown, applied, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return applied;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Someone else changed the vacancy (its Version) or applied in the same instant:
                // look again, so the capacity and one-open-application rules see their work.
            }
            catch (DbUpdateException)
            {
                return new Outcome.Refused("Het is nu erg druk bij deze vacature. Probeer het over een paar tellen opnieuw.");
            }
        }
    }

    private async Task QueueEmailsAsync(ApplyVacancy vacancy, Outcome.Applied applied, CancellationToken cancellationToken)
    {
        // Each reads the mail in their own language: the contact perhaps Dutch, the volunteer perhaps English.
        var textFor = await mail.ForAllAsync([vacancy.ContactEmail, applied.Email], cancellationToken);
        var centreName = centre.Value.Name;
        var now = clock.GetUtcNow();
        Outbox.Add(
            db,
            ApplyingEmails.ToOrganisation(
                textFor(vacancy.ContactEmail),
                vacancy.ContactEmail,
                vacancy.ContactName,
                vacancy.Title,
                applied.Name,
                applied.Email,
                applied.Phone,
                applied.ContactPreference,
                applied.Motivation,
                centre.Value.UnansweredAfterDays,
                urls.Absolute($"/organisatie/vacatures/{vacancy.Id}/reacties"),
                centreName),
            now);
        Outbox.Add(
            db,
            ApplyingEmails.ToVolunteer(textFor(applied.Email), applied.Email, applied.Name, vacancy.Title, vacancy.OrganisationName, urls.Absolute("/mijn/reacties"), centreName),
            now);
    }

    private ViewResult Unavailable(ApplyVacancy vacancy, string reason)
    {
        ViewData["Reason"] = Text[reason].Value;
        return View("Unavailable", vacancy);
    }

    private Task<bool> HasOpenApplicationAsync(int vacancyId, int volunteerId, CancellationToken cancellationToken) =>
        db.Applications.AnyAsync(
            a => a.VacancyId == vacancyId && a.VolunteerId == volunteerId && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.InContact),
            cancellationToken);

    private Task<Applicant?> FindApplicantAsync(CancellationToken cancellationToken)
    {
        var userId = CurrentVolunteer.UserIdOf(User);
        return db.Volunteers.AsNoTracking()
            .Where(v => v.UserId == userId && v.ErasedAt == null)
            .Select(v => new Applicant(v.Id, v.Name, v.Email!, v.Phone))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private abstract record Outcome
    {
        public sealed record Applied(string Motivation, ContactPreference ContactPreference, string Name, string Email, string? Phone) : Outcome;

        public sealed record AlreadyApplied : Outcome;

        public sealed record Refused(string Message) : Outcome;
    }
}

/// <summary>Who responds, as the form shows it: what the organisation will receive.</summary>
public sealed record Applicant(int Id, string Name, string Email, string? Phone);

/// <summary>The public vacancy a volunteer responds to, with what the page and the e-mails need.</summary>
public sealed record ApplyVacancy(int Id, string Title, string OrganisationName, string ContactName, string ContactEmail, int? Places, int PlacesTaken)
{
    public bool IsFull => Places is { } places && PlacesTaken >= places;

    public string Url => $"/vacatures/{Id}/{Common.Slug.From(Title)}";

    public static Task<ApplyVacancy?> FindAsync(PortalDbContext db, int id, DateOnly today, CancellationToken cancellationToken) =>
        db.Vacancies.AsNoTracking()
            .PublicOn(today)
            // An imported vacancy is applied to at its source centre (docs/adr/0150); its page links there.
            .Where(v => v.Id == id && v.ExchangeSourceId == null)
            .Select(v => new ApplyVacancy(
                v.Id,
                v.Title,
                v.Organisation!.Name,
                v.ContactName,
                v.ContactEmail,
                v.Places,
                v.Applications.AsQueryable().Count(ApplicationQueries.HoldsPlace)))
            .FirstOrDefaultAsync(cancellationToken);
}
