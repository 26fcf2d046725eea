using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Hosting;

using VrijwilligersPortal.Web.Features.Vacancies;

namespace VrijwilligersPortal.Web.Features.BackOffice.Vacancies;

/// <summary>
/// Reviewing vacancies (/beheer/vacatures): when the centre reviews before publication, a
/// submitted vacancy waits here until staff publish it or send it back with a comment that the
/// organisation sees on its edit page and by e-mail.
/// </summary>
[Route("beheer/vacatures")]
public sealed class VacanciesController(
    PortalDbContext db,
    PublicUrls urls,
    IOptionsSnapshot<CentreOptions> centre,
    MailTexts mail,
    TimeProvider clock) : BackOfficePortalController
{
    public const int PageSize = 25;

    [HttpGet("")]
    public async Task<IActionResult> Index(VacancyStatus? status, int? pagina, CancellationToken cancellationToken)
    {
        // A number that is no status (a tampered link) shows what waits for review.
        var shown = status is { } wanted && Enum.IsDefined(wanted) ? wanted : VacancyStatus.Submitted;
        // Imported vacancies are reviewed by their own centre (docs/adr/0150).
        var query = db.Vacancies.AsNoTracking().Where(v => v.Status == shown && v.ExchangeSourceId == null);
        var total = await query.CountAsync(cancellationToken);
        var page = Page<ReviewRow>.Clamp(pagina, total, PageSize);
        var rows = await query
            .OrderBy(v => v.UpdatedAt)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(v => new ReviewRow(v.Id, v.Title, v.OrganisationId, v.Organisation!.Name, v.UpdatedAt))
            .ToListAsync(cancellationToken);
        return View(new ReviewList(shown, new Page<ReviewRow>(rows, page, PageSize, total)));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show([FromRoute] int id, CancellationToken cancellationToken) =>
        await ReviewPageAsync(id, new SendBackForm(), cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("{id:int}/publiceren")]
    public async Task<IActionResult> Publish([FromRoute] int id, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.Include(v => v.Organisation).SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vacancy is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        try
        {
            vacancy.Publish(vacancy.Organisation!, UserId, now);
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal);
            return View(nameof(Show), await ReviewPageAsync(id, new SendBackForm(), cancellationToken));
        }

        AuditLog.Record(db, UserId, AuditActions.Vacancy.Publish, "Vacancy", vacancy.Id, now);
        await TellMembersAsync(vacancy, null, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Flash("De vacature is gepubliceerd en de organisatie is gemaild.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/terugsturen")]
    public async Task<IActionResult> SendBack([FromRoute] int id, SendBackForm form, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vacancy is null)
        {
            return NotFound();
        }

        if (!await ValidateAsync(form))
        {
            return View(nameof(Show), await ReviewPageAsync(id, form, cancellationToken));
        }

        var now = clock.GetUtcNow();
        try
        {
            vacancy.SendBack(form.Comment!, UserId, now);
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal, nameof(SendBackForm.Comment));
            return View(nameof(Show), await ReviewPageAsync(id, form, cancellationToken));
        }

        AuditLog.Record(db, UserId, AuditActions.Vacancy.SendBack, "Vacancy", vacancy.Id, now);
        await TellMembersAsync(vacancy, vacancy.ReviewComment, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Flash("De vacature is teruggestuurd; de organisatie ziet je opmerking en is gemaild.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Puts the members' mail in the outbox; the caller's save stores it with the decision.</summary>
    private async Task TellMembersAsync(Vacancy vacancy, string? comment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var path = comment is null ? $"/vacatures/{vacancy.Id}/{Slug.From(vacancy.Title)}" : $"/organisatie/vacatures/{vacancy.Id}/bewerken";
        var link = urls.Absolute(path);
        foreach (var (address, name, language) in await BackOfficeEmails.MembersOfAsync(db, vacancy.OrganisationId, cancellationToken))
        {
            Outbox.Add(db, BackOfficeEmails.VacancyReviewed(mail.In(language), address, name, vacancy.Title, comment, centre.Value.Name, link), now);
        }
    }

    private async Task<ReviewPage?> ReviewPageAsync(int id, SendBackForm form, CancellationToken cancellationToken)
    {
        // What volunteers will see, from the public page's own query; then what only the review needs.
        if (await VacancyDetailQuery.FindAnyAsync(db, id, cancellationToken) is not { } vacancy)
        {
            return null;
        }

        var review = await db.Vacancies.AsNoTracking()
            .Where(v => v.Id == id)
            .Select(v => new ReviewState(v.Status, v.ReviewComment, v.OrganisationId, v.Organisation!.Status, v.UpdatedAt))
            .SingleAsync(cancellationToken);
        return new ReviewPage(vacancy, review, form);
    }
}

public sealed record ReviewRow(int Id, string Title, int OrganisationId, string OrganisationName, DateTimeOffset UpdatedAt);

public sealed record ReviewList(VacancyStatus Status, Page<ReviewRow> Results);

public sealed record ReviewPage(VacancyDetail Vacancy, ReviewState Review, SendBackForm Form);

/// <summary>What the review adds to the vacancy as volunteers see it.</summary>
public sealed record ReviewState(VacancyStatus Status, string? ReviewComment, int OrganisationId, OrganisationStatus OrganisationStatus, DateTimeOffset UpdatedAt);

/// <summary>What the organisation should change; it reads this on its edit page and in the e-mail.</summary>
public sealed class SendBackForm
{
    [Display(Name = "Opmerking voor de organisatie")]
    public string? Comment { get; set; }
}

public sealed class SendBackFormValidator : AbstractValidator<SendBackForm>
{
    public SendBackFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.Comment)
            .NotEmpty().WithMessage(_ => text["Schrijf wat de organisatie moet aanpassen."])
            .MaximumLength(2000).WithMessage(_ => text["Schrijf de opmerking in hoogstens 2000 tekens."]);
    }
}
