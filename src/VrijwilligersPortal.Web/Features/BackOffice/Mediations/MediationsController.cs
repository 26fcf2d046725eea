using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.BackOffice.Mediations;

/// <summary>
/// The cases themselves (/beheer/bemiddelingen): the list, a case for a walk-in, the case page,
/// assigning, notes and closing. Intake, proposals, follow-up and data requests have their own
/// controllers next to this one.
/// </summary>
public sealed class MediationsController(
    PortalDbContext db,
    IMediationAudit audit,
    MatchingQueries matching,
    IOptionsSnapshot<CentreOptions> centre,
    TimeProvider clock) : MediationCaseController(db, audit, matching, centre, clock)
{
    private const int CasesPerPage = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] MediationStatus? status, [FromQuery] bool mijn, [FromQuery] bool nazorg, [FromQuery] int? pagina, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var me = UserId;
        var cases = Db.Mediations.AsNoTracking();
        if (status is { } wanted)
        {
            cases = cases.Where(m => m.Status == wanted);
        }

        if (mijn)
        {
            cases = cases.Where(m => m.AssignedStaffId == me);
        }

        if (nazorg)
        {
            cases = cases.Where(m => m.Status == MediationStatus.Placed && m.FollowUpDueAt <= now);
        }

        var total = await cases.CountAsync(cancellationToken);
        var page = Page<CaseRow>.Clamp(pagina, total, CasesPerPage);
        var rows = await (
            from m in cases
            join v in Db.Volunteers.AsNoTracking() on m.VolunteerId equals v.Id
            orderby m.Status == MediationStatus.Closed, m.RequestedAt descending, m.Id descending
            select new CaseRow(m.Id, v.ErasedAt != null ? null : v.Name, m.Status, m.RequestedAt, m.AssignedStaffId, null, m.FollowUpDueAt, m.Status == MediationStatus.Placed && m.FollowUpDueAt <= now))
            .Skip((page - 1) * CasesPerPage)
            .Take(CasesPerPage)
            .ToListAsync(cancellationToken);
        var staff = await StaffNamesAsync(cancellationToken);
        rows = [.. rows.Select(r => r with { AssignedName = r.AssignedStaffId is { } a ? staff.GetValueOrDefault(a) : null })];
        return View(new CaseList(new Page<CaseRow>(rows, page, CasesPerPage, total), status, mijn, nazorg));
    }

    [HttpGet("nieuw")]
    public IActionResult New() => View(new NewCaseForm());

    [HttpPost("nieuw")]
    public async Task<IActionResult> New(NewCaseForm form, CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(form))
        {
            return View(form);
        }

        var now = Clock.GetUtcNow();
        Volunteer volunteer;
        try
        {
            volunteer = Volunteer.WithoutAccount(form.Name!, form.Email, form.Phone, form.Consent, UserId, now);
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal);
            return View(form);
        }

        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        Db.Volunteers.Add(volunteer);
        await Db.SaveChangesAsync(cancellationToken);
        var mediation = Mediation.Open(volunteer.Id, form.Question, UserId, now);
        Db.Mediations.Add(mediation);
        await Db.SaveChangesAsync(cancellationToken);
        AuditLog.Record(Db, UserId, AuditActions.Mediation.Open, DatabaseMediationAudit.RecordType, mediation.Id, now);
        await Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Flash("De bemiddeling is geopend. Doe nu het intakegesprek.");
        return ToCase(mediation.Id);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show([FromRoute] int id, CancellationToken cancellationToken) =>
        await ShowCaseAsync(id, new CaseForms(), cancellationToken);

    [HttpPost("{id:int}/toewijzen")]
    public async Task<IActionResult> Assign([FromRoute] int id, AssignForm form, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } mediation)
        {
            return NotFound();
        }

        if (!await ValidateAsync(form))
        {
            return await ShowCaseAsync(id, new CaseForms { AssigneeId = form.AssigneeId }, cancellationToken);
        }

        var staff = await StaffNamesAsync(cancellationToken);
        if (!staff.ContainsKey(form.AssigneeId!.Value))
        {
            ModelState.AddModelError(nameof(AssignForm.AssigneeId), Text["Kies een collega uit de lijst."]);
            return await ShowCaseAsync(id, new CaseForms(), cancellationToken);
        }

        return await StepAsync(id, AuditActions.Mediation.Assign, () => mediation.AssignTo(form.AssigneeId.Value, UserId, Clock.GetUtcNow()), "De bemiddeling is toegewezen.", cancellationToken);
    }

    [HttpPost("{id:int}/notities")]
    public async Task<IActionResult> AddNote([FromRoute] int id, NoteForm form, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } mediation)
        {
            return NotFound();
        }

        if (!await ValidateAsync(form))
        {
            return await ShowCaseAsync(id, new CaseForms { NoteText = form.NoteText }, cancellationToken);
        }

        try
        {
            var now = Clock.GetUtcNow();
            mediation.AddNote(form.NoteText!, UserId, now);
            AuditLog.Record(Db, UserId, AuditActions.Mediation.NoteAdded, DatabaseMediationAudit.RecordType, id, now);
        }
        catch (DomainException refusal)
        {
            Db.ChangeTracker.Clear();
            AddDomainError(refusal, nameof(NoteForm.NoteText));
            return await ShowCaseAsync(id, new CaseForms { NoteText = form.NoteText }, cancellationToken);
        }

        await Db.SaveChangesAsync(cancellationToken);
        Flash("De notitie is opgeslagen.");
        return ToCase(id, "notities");
    }

    [HttpPost("{id:int}/afsluiten")]
    public async Task<IActionResult> Close([FromRoute] int id, CloseForm form, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } mediation)
        {
            return NotFound();
        }

        if (!await ValidateAsync(form))
        {
            return await ShowCaseAsync(id, new CaseForms { CloseReason = form.CloseReason }, cancellationToken);
        }

        var accepted = mediation.Proposals.Where(p => p.Status == ProposalStatus.Accepted).Select(p => p.VacancyId).ToList();
        return await StepAsync(
            id,
            AuditActions.Mediation.Close,
            async now =>
            {
                mediation.Close(form.CloseReason, UserId, now);
                await WithdrawApplicationsAsync(mediation.VolunteerId, accepted, now, cancellationToken);
            },
            "De bemiddeling is afgesloten.",
            cancellationToken);
    }
}

public sealed record CaseRow(int Id, string? Name, MediationStatus Status, DateTimeOffset RequestedAt, Guid? AssignedStaffId, string? AssignedName, DateTimeOffset? FollowUpDueAt, bool FollowUpDue);

public sealed record CaseList(Page<CaseRow> Results, MediationStatus? Status, bool Mine, bool FollowUpDue)
{
    public IReadOnlyList<CaseRow> Cases => Results.Items;
}
