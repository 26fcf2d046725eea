using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Features.FollowUps;
using VrijwilligersPortal.Web.Features.Organisation.Vacancies;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.BackOffice.Organisations;

/// <summary>
/// Organisations for staff (/beheer/organisaties): find one, see its vacancies and how fast it
/// answers volunteers, and decide on it: approve or reject a registration, suspend or reinstate.
/// Every decision is in the organisation's history (who, when, why), in the audit log, and
/// e-mailed to its members.
/// </summary>
[Route("beheer/organisaties")]
public sealed class OrganisationsController(
    PortalDbContext db,
    PublicUrls urls,
    IOptionsSnapshot<CentreOptions> centre,
    MailTexts mail,
    TimeProvider clock) : BackOfficePortalController
{
    public const int PageSize = 25;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, OrganisationStatus? status, int? pagina, CancellationToken cancellationToken)
    {
        // Organisations known only from another centre's feed are not this centre's to approve (docs/adr/0150).
        var query = db.Organisations.AsNoTracking().Where(o => o.ExchangeSourceId == null);
        if (status is { } wanted && Enum.IsDefined(wanted))
        {
            query = query.Where(o => o.Status == wanted);
        }

        var term = q?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            var lower = term.ToLowerInvariant();
            query = query.Where(o => o.Name.ToLower().Contains(lower) || o.Place.ToLower().Contains(lower) || o.Postcode.ToLower().StartsWith(lower));
        }

        var total = await query.CountAsync(cancellationToken);
        var page = Page<OrganisationListRow>.Clamp(pagina, total, PageSize);
        var rows = await query
            .OrderBy(o => o.Status == OrganisationStatus.Pending ? 0 : 1)
            .ThenBy(o => o.Name)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(o => new OrganisationListRow(o.Id, o.Name, o.Place, o.Status, o.RegisteredAt))
            .ToListAsync(cancellationToken);
        return View(new OrganisationList(term, status, new Page<OrganisationListRow>(rows, page, PageSize, total)));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show([FromRoute] int id, CancellationToken cancellationToken) =>
        await PageAsync(id, new DecisionForm(), cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("{id:int}/goedkeuren")]
    public Task<IActionResult> Approve([FromRoute] int id, CancellationToken cancellationToken) =>
        DecideAsync(id, new DecisionForm(), AuditActions.Organisation.Approve, (o, now) => o.Approve(UserId, now), cancellationToken);

    [HttpPost("{id:int}/afwijzen")]
    public Task<IActionResult> Reject([FromRoute] int id, DecisionForm form, CancellationToken cancellationToken) =>
        DecideAsync(id, form, AuditActions.Organisation.Reject, (o, now) => o.Reject(form.Reason!, UserId, now), cancellationToken, needsReason: true);

    [HttpPost("{id:int}/schorsen")]
    public Task<IActionResult> Suspend([FromRoute] int id, DecisionForm form, CancellationToken cancellationToken) =>
        DecideAsync(id, form, AuditActions.Organisation.Suspend, (o, now) => o.Suspend(form.Reason!, UserId, now), cancellationToken, needsReason: true);

    [HttpPost("{id:int}/heractiveren")]
    public Task<IActionResult> Reinstate([FromRoute] int id, CancellationToken cancellationToken) =>
        DecideAsync(id, new DecisionForm(), AuditActions.Organisation.Reinstate, (o, now) => o.Reinstate(UserId, now), cancellationToken);

    private async Task<IActionResult> DecideAsync(
        int id,
        DecisionForm form,
        string auditAction,
        Action<Domain.Organisations.Organisation, DateTimeOffset> decide,
        CancellationToken cancellationToken,
        bool needsReason = false)
    {
        var organisation = await db.Organisations.Include(o => o.History).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        if (needsReason && !await ValidateAsync(form))
        {
            return View(nameof(Show), await PageAsync(id, form, cancellationToken));
        }

        var now = clock.GetUtcNow();
        try
        {
            decide(organisation, now);
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal);
            return View(nameof(Show), await PageAsync(id, form, cancellationToken));
        }

        AuditLog.Record(db, UserId, auditAction, "Organisation", organisation.Id, now);
        var reinstated = auditAction == AuditActions.Organisation.Reinstate;
        var link = urls.Absolute("/organisatie");
        foreach (var (address, name, language) in await BackOfficeEmails.MembersOfAsync(db, organisation.Id, cancellationToken))
        {
            Outbox.Add(
                db,
                BackOfficeEmails.OrganisationDecision(mail.In(language), address, name, organisation.Name, organisation.Status, reinstated, organisation.StatusReason, centre.Value.Name, link),
                now);
        }

        await db.SaveChangesAsync(cancellationToken);

        Flash(organisation.Status switch
        {
            OrganisationStatus.Approved when reinstated => "De schorsing is opgeheven en de leden zijn gemaild.",
            OrganisationStatus.Approved => "De organisatie is goedgekeurd en de leden zijn gemaild.",
            OrganisationStatus.Rejected => "De organisatie is afgewezen en de leden hebben de reden gekregen.",
            _ => "De organisatie is geschorst en de leden hebben de reden gekregen.",
        });
        return RedirectToAction(nameof(Show), new { id = organisation.Id });
    }

    private async Task<OrganisationPage?> PageAsync(int id, DecisionForm form, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking()
            .Include(o => o.History)
            .SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var vacancies = await VacancyRows.ForOrganisationAsync(db, id, now, TimeSpan.FromDays(centre.Value.UnansweredAfterDays), cancellationToken);
        var deciders = organisation.History.Where(h => h.By is not null).Select(h => h.By!.Value).Distinct().ToList();
        var names = await db.Users.AsNoTracking()
            .Where(u => deciders.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var history = organisation.History
            .OrderByDescending(h => h.At)
            .Select(h => new HistoryRow(h.At, h.To, h.By is { } by && names.TryGetValue(by, out var name) ? name : null, h.Note))
            .ToList();
        return new OrganisationPage(
            organisation,
            history,
            vacancies,
            await ResponseTimes.ForOrganisationAsync(db, id, cancellationToken),
            form)
        {
            FollowUps = await FollowUpAnswers.ForOrganisationAsync(db, id, cancellationToken),
        };
    }
}

public sealed record OrganisationListRow(int Id, string Name, string Place, OrganisationStatus Status, DateTimeOffset RegisteredAt);

public sealed record OrganisationList(string? Query, OrganisationStatus? Status, Page<OrganisationListRow> Results);

public sealed record HistoryRow(DateTimeOffset At, OrganisationStatus To, string? By, string? Note);

public sealed record OrganisationPage(
    Domain.Organisations.Organisation Organisation,
    IReadOnlyList<HistoryRow> History,
    IReadOnlyList<VacancyRow> Vacancies,
    ResponseTimes Responses,
    DecisionForm Form)
{
    /// <summary>The follow-ups of this organisation's placements, newest first.</summary>
    public IReadOnlyList<FollowUpAnswerRow> FollowUps { get; init; } = [];
}

/// <summary>The reason staff give when they reject or suspend; the organisation's members read it.</summary>
public sealed class DecisionForm
{
    [Display(Name = "Reden voor de organisatie")]
    public string? Reason { get; set; }
}

public sealed class DecisionFormValidator : AbstractValidator<DecisionForm>
{
    public DecisionFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.Reason)
            .NotEmpty().WithMessage(_ => text["Geef een reden; de organisatie krijgt die te lezen."])
            .MaximumLength(1000).WithMessage(_ => text["Schrijf de reden in hoogstens 1000 tekens."]);
    }
}
