using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Features.FollowUps;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Organisation.Applications;

/// <summary>
/// The responses to one vacancy and the organisation's answer to them: in contact, placed or
/// declined with a reason, for one or several at once. The volunteer gets an e-mail for each change.
/// </summary>
[Route("organisatie/vacatures/{id:int}/reacties")]
public sealed class ApplicationsController(
    PortalDbContext db,
    PublicUrls urls,
    IOptionsSnapshot<CentreOptions> centre,
    MailTexts mail,
    TimeProvider clock) : OrganisationPortalController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromRoute] int id, CancellationToken cancellationToken)
    {
        var page = await PageAsync(id, cancellationToken);
        return page is null ? NotFound() : PageView(page, new AnswerForm());
    }

    [HttpPost("")]
    public async Task<IActionResult> Answer([FromRoute] int id, AnswerForm form, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.AsNoTracking()
            .Where(v => v.Id == id && v.OrganisationId == Current.Id)
            .Select(v => new { v.Id, v.Title, Organisation = v.Organisation!.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (vacancy is null)
        {
            return NotFound();
        }

        if (!await ValidateAsync(form))
        {
            return PageView((await PageAsync(id, cancellationToken))!, form);
        }

        var selected = form.Selected.Distinct().ToList();
        var applications = await db.Applications.Where(a => a.VacancyId == id && selected.Contains(a.Id)).ToListAsync(cancellationToken);
        if (applications.Count != selected.Count)
        {
            // An id of another vacancy's application: not this organisation's business.
            return NotFound();
        }

        var now = clock.GetUtcNow();
        var refusals = new List<string>();
        foreach (var application in applications)
        {
            try
            {
                switch (form.Action!.Value)
                {
                    case AnswerAction.InContact:
                        application.StartContact(UserId, now);
                        break;
                    case AnswerAction.Placed:
                        application.Place(UserId, now);
                        db.PlacementFollowUps.AddRange(PlacementFollowUp.ForPlacement(application, FollowUpSchedule.After(centre.Value), now));
                        break;
                    case AnswerAction.Declined:
                        application.Decline(form.Reason!, UserId, now);
                        break;
                }
            }
            catch (DomainException refusal)
            {
                refusals.Add(Text.Refusal(refusal));
            }
        }

        if (refusals.Count > 0)
        {
            // All or nothing: one refused answer leaves every selected application as it was.
            foreach (var refusal in refusals.Distinct())
            {
                ModelState.AddModelError(nameof(AnswerForm.Selected), Text[refusal]);
            }

            db.ChangeTracker.Clear();
            return PageView((await PageAsync(id, cancellationToken))!, form);
        }

        await QueueNoticesAsync(applications, vacancy.Title, vacancy.Organisation, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Flash(applications.Count == 1
            ? "De reactie is bijgewerkt. De vrijwilliger krijgt hierover een e-mail."
            : "De reacties zijn bijgewerkt. De vrijwilligers krijgen hierover een e-mail.");
        return RedirectToAction(nameof(Index), new { id });
    }

    /// <summary>The volunteers' notices go into the outbox with the answers themselves (docs/adr/0060).</summary>
    private async Task QueueNoticesAsync(List<Application> applications, string vacancy, string organisation, CancellationToken cancellationToken)
    {
        var volunteerIds = applications.Select(a => a.VolunteerId).ToList();
        var volunteers = await db.Volunteers.AsNoTracking()
            .Where(v => volunteerIds.Contains(v.Id) && v.ErasedAt == null && v.Email != null)
            .ToDictionaryAsync(v => v.Id, v => (v.Name, Email: v.Email!), cancellationToken);
        var link = urls.Absolute("/mijn/reacties");
        var textFor = await mail.ForAllAsync(volunteers.Values.Select(v => v.Email), cancellationToken);
        foreach (var application in applications)
        {
            if (volunteers.TryGetValue(application.VolunteerId, out var volunteer))
            {
                Outbox.Add(
                    db,
                    OrganisationEmails.ApplicationChanged(textFor(volunteer.Email), volunteer.Email, volunteer.Name, vacancy, organisation, application.Status, application.DeclineReason, centre.Value.Name, link),
                    clock.GetUtcNow());
            }
        }
    }

    private ViewResult PageView(ApplicationsPage page, AnswerForm form)
    {
        ViewData[nameof(ApplicationsPage)] = page;
        return View("Index", form);
    }

    private async Task<ApplicationsPage?> PageAsync(int id, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.AsNoTracking()
            .Where(v => v.Id == id && v.OrganisationId == Current.Id)
            .Select(v => new { v.Id, v.Title, v.Places })
            .SingleOrDefaultAsync(cancellationToken);
        if (vacancy is null)
        {
            return null;
        }

        var threshold = TimeSpan.FromDays(centre.Value.UnansweredAfterDays);
        var answerBefore = clock.GetUtcNow() - threshold;

        // Only what the volunteer shares by applying: name, contact and availability. An erased
        // volunteer's record has none of it left, and none is read.
        var rows = await (
            from application in db.Applications.AsNoTracking()
            join volunteer in db.Volunteers.AsNoTracking() on application.VolunteerId equals volunteer.Id
            where application.VacancyId == id
            orderby application.Status == ApplicationStatus.Submitted descending, application.SubmittedAt
            select new ApplicationRow(
                application.Id,
                application.Status,
                application.Motivation,
                application.SubmittedAt,
                application.DeclineReason,
                application.ContactPreference,
                application.Status == ApplicationStatus.Submitted && application.SubmittedAt < answerBefore,
                volunteer.ErasedAt != null,
                volunteer.ErasedAt == null ? volunteer.Name : null,
                volunteer.ErasedAt == null ? volunteer.Email : null,
                volunteer.ErasedAt == null ? volunteer.Phone : null,
                volunteer.Availability,
                volunteer.HoursPerWeek))
            .ToListAsync(cancellationToken);
        // A suspended (or rejected) organisation keeps its list but loses the people's names and
        // contact details until the centre lifts the suspension (issue 20, finding 5).
        if (!Current.Organisation.MaySeePersonalData)
        {
            rows = rows.Select(r => r with { Name = null, Email = null, Phone = null }).ToList();
        }

        return new ApplicationsPage(vacancy.Id, vacancy.Title, vacancy.Places, rows, centre.Value.UnansweredAfterDays);
    }
}

public sealed record ApplicationRow(
    int Id,
    ApplicationStatus Status,
    string Motivation,
    DateTimeOffset SubmittedAt,
    string? DeclineReason,
    ContactPreference ContactPreference,
    bool IsUnanswered,
    bool IsErased,
    string? Name,
    string? Email,
    string? Phone,
    WeekSchedule Availability,
    int? HoursPerWeek)
{
    public bool CanBeAnswered => Status is ApplicationStatus.Submitted or ApplicationStatus.InContact;

    /// <summary>The channel the volunteer asked for; the other one only when the preferred one is missing.</summary>
    public bool ShowEmail => Email is not null && (ContactPreference != ContactPreference.Phone || Phone is null);

    public bool ShowPhone => Phone is not null && ContactPreference != ContactPreference.Email;

    /// <summary>Contact details stay hidden once the volunteer withdrew.</summary>
    public bool ShowContact => !IsErased && Status != ApplicationStatus.Withdrawn;
}

public sealed record ApplicationsPage(int VacancyId, string VacancyTitle, int? Places, IReadOnlyList<ApplicationRow> Applications, int UnansweredAfterDays)
{
    public int PlacesTaken => Applications.Count(a => a.Status is ApplicationStatus.Submitted or ApplicationStatus.InContact or ApplicationStatus.Placed);
}

public enum AnswerAction
{
    InContact,
    Placed,
    Declined,
}

/// <summary>One answer for the ticked applications. Which vacancy it is comes from the URL, checked against the organisation.</summary>
public sealed class AnswerForm
{
    [Display(Name = "Reacties")]
    public List<int> Selected { get; set; } = [];

    [Display(Name = "Wat wil je doen?")]
    public AnswerAction? Action { get; set; }

    [Display(Name = "Reden voor de vrijwilliger")]
    public string? Reason { get; set; }
}

public sealed class AnswerFormValidator : AbstractValidator<AnswerForm>
{
    public AnswerFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.Selected).NotEmpty().WithMessage(_ => text["Kies minstens één reactie."]);
        RuleFor(f => f.Action).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Kies wat je met de reacties wilt doen."])
            .IsInEnum().WithMessage(_ => text["Kies wat je met de reacties wilt doen."]);
        RuleFor(f => f.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().When(f => f.Action == AnswerAction.Declined)
            .WithMessage(_ => text["Schrijf waarom je afwijst; de vrijwilliger krijgt die reden te zien."]);
        RuleFor(f => f.Reason).MaximumLength(1000).WithMessage(_ => text["De reden mag hoogstens 1000 tekens hebben."]);
    }
}
