using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Organisation.Vacancies;

/// <summary>
/// The organisation's vacancies: write, save as draft, submit, pause, resume, close, duplicate.
/// Every vacancy is looked up within the current organisation, so another organisation's id is
/// simply not found. The lifecycle rules are the domain's.
/// </summary>
[Route("organisatie/vacatures")]
public sealed class VacanciesController(
    PortalDbContext db,
    PostcodeLocator postcodes,
    IOptionsSnapshot<CentreOptions> centre,
    TimeProvider clock) : OrganisationPortalController
{
    private const string SubmitAction = "indienen";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var rows = await VacancyRows.ForOrganisationAsync(db, Current.Id, clock.GetUtcNow(), TimeSpan.FromDays(centre.Value.UnansweredAfterDays), cancellationToken);
        return View(rows);
    }

    [HttpGet("nieuw")]
    public async Task<IActionResult> New(CancellationToken cancellationToken)
    {
        var contact = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == Current.Id)
            .Select(o => new { o.ContactName, o.ContactEmail, o.ContactPhone })
            .SingleAsync(cancellationToken);
        var form = new VacancyForm
        {
            Commitment = Commitment.Ongoing,
            ContactName = contact.ContactName,
            ContactEmail = contact.ContactEmail,
            ContactPhone = contact.ContactPhone,
        };
        return await FormViewAsync(form, null, cancellationToken);
    }

    [HttpPost("nieuw")]
    public Task<IActionResult> New(VacancyForm form, [FromForm(Name = "actie")] string? action, CancellationToken cancellationToken) =>
        SaveAsync(null, form, action == SubmitAction, cancellationToken);

    [HttpGet("{id:int}/bewerken")]
    public async Task<IActionResult> Edit([FromRoute] int id, CancellationToken cancellationToken)
    {
        var vacancy = await FindAsync(id, cancellationToken);
        return vacancy is null ? NotFound() : await FormViewAsync(VacancyForm.From(vacancy), vacancy, cancellationToken);
    }

    [HttpPost("{id:int}/bewerken")]
    public async Task<IActionResult> Edit([FromRoute] int id, VacancyForm form, [FromForm(Name = "actie")] string? action, CancellationToken cancellationToken)
    {
        var vacancy = await FindAsync(id, cancellationToken);
        return vacancy is null ? NotFound() : await SaveAsync(vacancy, form, action == SubmitAction, cancellationToken);
    }

    [HttpPost("{id:int}/indienen")]
    public async Task<IActionResult> Submit([FromRoute] int id, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleAsync(o => o.Id == Current.Id, cancellationToken);
        return await ChangeAsync(id, (vacancy, now) => SubmitMessage(vacancy, v => v.Submit(organisation, centre.Value.ReviewVacancies, UserId, now)), cancellationToken);
    }

    [HttpPost("{id:int}/pauzeren")]
    public Task<IActionResult> Pause([FromRoute] int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (vacancy, now) =>
        {
            vacancy.Pause(UserId, now);
            return "De vacature is gepauzeerd en staat niet meer op de site. Hervat hem wanneer je weer vrijwilligers zoekt.";
        }, cancellationToken);

    [HttpPost("{id:int}/hervatten")]
    public Task<IActionResult> Resume([FromRoute] int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (vacancy, now) =>
        {
            vacancy.Resume(UserId, now);
            return "De vacature staat weer open.";
        }, cancellationToken);

    [HttpPost("{id:int}/vervuld")]
    public Task<IActionResult> CloseAsFilled([FromRoute] int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (vacancy, now) =>
        {
            vacancy.Close(ClosedReason.Filled, UserId, now);
            return "De vacature is gesloten als vervuld. Gefeliciteerd!";
        }, cancellationToken);

    [HttpPost("{id:int}/intrekken")]
    public Task<IActionResult> Withdraw([FromRoute] int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (vacancy, now) =>
        {
            vacancy.Close(ClosedReason.Withdrawn, UserId, now);
            return "De vacature is ingetrokken.";
        }, cancellationToken);

    [HttpPost("{id:int}/dupliceren")]
    public async Task<IActionResult> Duplicate([FromRoute] int id, CancellationToken cancellationToken)
    {
        var vacancy = await FindAsync(id, cancellationToken);
        if (vacancy is null)
        {
            return NotFound();
        }

        var copy = vacancy.Duplicate(UserId, clock.GetUtcNow());
        db.Vacancies.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        Flash("Er is een kopie gemaakt als concept. Pas hem aan en dien hem in.");
        return RedirectToAction(nameof(Edit), new { id = copy.Id });
    }

    private async Task<IActionResult> SaveAsync(Vacancy? vacancy, VacancyForm form, bool submit, CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(form))
        {
            return await FormViewAsync(form, vacancy, cancellationToken);
        }

        var located = string.IsNullOrWhiteSpace(form.Postcode) ? null : await postcodes.FindAsync(form.Postcode, cancellationToken);
        var allowedSkills = vacancy?.Skills.Select(s => s.Id).ToList() ?? [];
        var allowedTags = vacancy?.SuitableFor.Select(t => t.Id).ToList() ?? [];
        var skills = await db.Skills.Where(s => form.SkillIds.Contains(s.Id) && (!s.IsRetired || allowedSkills.Contains(s.Id))).ToListAsync(cancellationToken);
        var tags = await db.SuitableForTags.Where(t => form.SuitableForIds.Contains(t.Id) && (!t.IsRetired || allowedTags.Contains(t.Id))).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var isNew = vacancy is null;
        string message;
        try
        {
            if (vacancy is null)
            {
                vacancy = Vacancy.CreateDraft(Current.Id, form.ToContent(located), skills, tags, UserId, now);
            }
            else
            {
                vacancy.Edit(form.ToContent(located), skills, tags, now);
            }

            if (submit)
            {
                var organisation = await db.Organisations.SingleAsync(o => o.Id == Current.Id, cancellationToken);
                message = SubmitMessage(vacancy, v => v.Submit(organisation, centre.Value.ReviewVacancies, UserId, now));
            }
            else
            {
                message = isNew ? "De vacature is als concept bewaard." : "De wijzigingen zijn bewaard.";
            }
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal);
            return await FormViewAsync(form, isNew ? null : vacancy, cancellationToken);
        }

        if (isNew)
        {
            db.Vacancies.Add(vacancy);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, Text["Iemand anders heeft deze vacature net gewijzigd. Open de vacature opnieuw en breng je wijziging daarna nog eens aan."]);
            return await FormViewAsync(form, vacancy, cancellationToken);
        }

        Flash(message);
        return RedirectToAction(nameof(Index));
    }

    private string SubmitMessage(Vacancy vacancy, Action<Vacancy> submit)
    {
        submit(vacancy);
        return vacancy.Status == VacancyStatus.Published
            ? "De vacature is gepubliceerd en staat nu op de site."
            : "De vacature is ingediend. De centrale bekijkt hem voordat hij op de site komt.";
    }

    private async Task<IActionResult> ChangeAsync(int id, Func<Vacancy, DateTimeOffset, string> change, CancellationToken cancellationToken)
    {
        var vacancy = await FindAsync(id, cancellationToken);
        if (vacancy is null)
        {
            return NotFound();
        }

        try
        {
            var message = change(vacancy, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            Flash(message);
        }
        catch (DomainException refusal)
        {
            FlashError(Text.Refusal(refusal));
        }
        catch (DbUpdateConcurrencyException)
        {
            FlashError("Iemand anders heeft deze vacature net gewijzigd. Bekijk de nieuwe stand en probeer het opnieuw.");
        }

        return RedirectToAction(nameof(Index));
    }

    private Task<Vacancy?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Vacancies
            .Include(v => v.Skills)
            .Include(v => v.SuitableFor)
            .AsSplitQuery()
            .SingleOrDefaultAsync(v => v.Id == id && v.OrganisationId == Current.Id, cancellationToken);

    private async Task<IActionResult> FormViewAsync(VacancyForm form, Vacancy? vacancy, CancellationToken cancellationToken)
    {
        var categoryId = vacancy?.CategoryId ?? 0;
        var skillIds = vacancy?.Skills.Select(s => s.Id).ToList() ?? [];
        var tagIds = vacancy?.SuitableFor.Select(t => t.Id).ToList() ?? [];
        ViewData[nameof(VacancyFormOptions)] = new VacancyFormOptions(
            await db.Categories.AsNoTracking().Where(c => !c.IsRetired || c.Id == categoryId).OrderBy(c => c.SortOrder)
                .Select(c => new Choice(c.Id, c.Name)).ToListAsync(cancellationToken),
            await db.Skills.AsNoTracking().Where(s => !s.IsRetired || skillIds.Contains(s.Id)).OrderBy(s => s.SortOrder)
                .Select(s => new Choice(s.Id, s.Name)).ToListAsync(cancellationToken),
            await db.SuitableForTags.AsNoTracking().Where(t => !t.IsRetired || tagIds.Contains(t.Id)).OrderBy(t => t.SortOrder)
                .Select(t => new Choice(t.Id, t.Name)).ToListAsync(cancellationToken),
            vacancy is null ? null : new ExistingVacancy(vacancy.Id, vacancy.Title, vacancy.Status, vacancy.IsExpiredOn(clock.Today()), vacancy.ReviewComment),
            centre.Value.ReviewVacancies,
            Current.Organisation.IsApproved);
        return View("Edit", form);
    }
}

public sealed record Choice(int Id, string Name);

public sealed record ExistingVacancy(int Id, string Title, VacancyStatus Status, bool IsExpired, string? ReviewComment)
{
    public bool CanBeEdited => Status is not (VacancyStatus.Closed or VacancyStatus.Expired);

    public string StatusText => IsExpired ? DutchNames.Of(VacancyStatus.Expired) : DutchNames.Of(Status);
}

/// <summary>What the vacancy form offers besides the form itself.</summary>
public sealed record VacancyFormOptions(
    IReadOnlyList<Choice> Categories,
    IReadOnlyList<Choice> Skills,
    IReadOnlyList<Choice> SuitableFor,
    ExistingVacancy? Existing,
    bool CentreReviewsVacancies,
    bool OrganisationApproved)
{
    public bool CanSubmit => OrganisationApproved && (Existing is null || Existing.Status == VacancyStatus.Draft);
}
