using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Features.FollowUps;
using VrijwilligersPortal.Web.Features.MyData;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.BackOffice.Mediations;

/// <summary>
/// Mediation cases for staff (/beheer/bemiddelingen): the list, a case for a walk-in, and the
/// case page with intake, notes, suggested vacancies, proposals, placement, follow-up and closing.
/// Every step is a domain method; the case id comes from the route and an unknown one is a 404.
/// Notes and support needs are audited on every view and change (<see cref="IMediationAudit"/>).
/// </summary>
[Area("BackOffice")]
[Route("beheer/bemiddelingen")]
[Authorize(Roles = PortalRoles.StaffOrAdmin)]
public sealed class MediationsController(
    PortalDbContext db,
    IMediationAudit audit,
    EmailSender email,
    PostcodeLookup postcodes,
    MatchingQueries matching,
    IOptionsSnapshot<CentreOptions> centre,
    TimeProvider clock) : PortalController
{
    private const int SuggestionCount = 10;

    private const int CasesPerPage = 50;

    private Guid Me => CurrentVolunteer.UserIdOf(User)!.Value;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] MediationStatus? status, [FromQuery] bool mijn, [FromQuery] bool nazorg, [FromQuery] int? pagina, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var me = Me;
        var cases = db.Mediations.AsNoTracking();
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
            join v in db.Volunteers.AsNoTracking() on m.VolunteerId equals v.Id
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

        var now = clock.GetUtcNow();
        Volunteer volunteer;
        try
        {
            volunteer = Volunteer.WithoutAccount(form.Name!, form.Email, form.Phone, form.Consent, Me, now);
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal);
            return View(form);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Volunteers.Add(volunteer);
        await db.SaveChangesAsync(cancellationToken);
        var mediation = Mediation.Open(volunteer.Id, form.Question, Me, now);
        db.Mediations.Add(mediation);
        await db.SaveChangesAsync(cancellationToken);
        AuditLog.Record(db, Me, "mediation.open", DatabaseMediationAudit.RecordType, mediation.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Flash("De bemiddeling is geopend. Doe nu het intakegesprek.");
        return Redirect($"/beheer/bemiddelingen/{mediation.Id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show([FromRoute] int id, CancellationToken cancellationToken) =>
        await ShowAsync(id, new CaseForms(), cancellationToken);

    [HttpPost("{id:int}/toewijzen")]
    public async Task<IActionResult> Assign([FromRoute] int id, AssignForm form, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } mediation)
        {
            return NotFound();
        }

        if (!await ValidateAsync(form))
        {
            return await ShowAsync(id, new CaseForms { AssigneeId = form.AssigneeId }, cancellationToken);
        }

        var staff = await StaffNamesAsync(cancellationToken);
        if (!staff.ContainsKey(form.AssigneeId!.Value))
        {
            ModelState.AddModelError(nameof(AssignForm.AssigneeId), Text["Kies een collega uit de lijst."]);
            return await ShowAsync(id, new CaseForms(), cancellationToken);
        }

        return await StepAsync(id, () => mediation.AssignTo(form.AssigneeId.Value, Me, clock.GetUtcNow()), "De bemiddeling is toegewezen.", cancellationToken);
    }

    [HttpGet("{id:int}/intake")]
    public async Task<IActionResult> Intake([FromRoute] int id, CancellationToken cancellationToken)
    {
        var mediation = await db.Mediations.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mediation is null)
        {
            return NotFound();
        }

        var volunteer = await db.Volunteers.AsNoTracking().Include(v => v.Interests).SingleAsync(v => v.Id == mediation.VolunteerId, cancellationToken);
        await audit.RecordAsync(Me, MediationAuditActions.SupportNeedsViewed, id);
        return await IntakeViewAsync(id, new IntakeForm
        {
            ReferralSource = mediation.ReferralSource,
            Wishes = mediation.Wishes ?? mediation.Question,
            Abilities = mediation.Abilities,
            SupportNeeds = mediation.SupportNeeds,
            Languages = mediation.Languages ?? (volunteer.Languages.Count > 0 ? string.Join(", ", volunteer.Languages) : null),
            Postcode = volunteer.Postcode,
            CategoryIds = [.. volunteer.Interests.Select(c => c.Id)],
            SuitableForIds = [.. mediation.SuitableForIds],
        }, cancellationToken);
    }

    [HttpPost("{id:int}/intake")]
    public async Task<IActionResult> Intake([FromRoute] int id, IntakeForm form, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } mediation)
        {
            return NotFound();
        }

        if (!await ValidateAsync(form))
        {
            return await IntakeViewAsync(id, form, cancellationToken);
        }

        var volunteer = await db.Volunteers.Include(v => v.Interests).Include(v => v.Skills).AsSplitQuery()
            .SingleAsync(v => v.Id == mediation.VolunteerId, cancellationToken);
        var categories = await db.Categories.Where(c => form.CategoryIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var tags = await db.SuitableForTags.Where(t => form.SuitableForIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        var area = PostcodeLookup.AreaOf(form.Postcode);
        var location = area is null ? null : await postcodes.FindAsync(area, cancellationToken);
        var supportBefore = mediation.SupportNeeds;
        try
        {
            mediation.RecordIntake(
                new MediationIntake
                {
                    ReferralSource = form.ReferralSource!.Value,
                    Wishes = form.Wishes!,
                    Abilities = form.Abilities,
                    SupportNeeds = form.SupportNeeds,
                    Languages = form.Languages,
                    SuitableForIds = tags,
                },
                Me,
                clock.GetUtcNow());
            if (!volunteer.IsErased)
            {
                volunteer.SetLocation(area, location, volunteer.MaxDistanceKm);
                volunteer.SetInterests(categories, volunteer.Skills.ToList());
            }
        }
        catch (DomainException refusal)
        {
            db.ChangeTracker.Clear();
            AddDomainError(refusal);
            return await IntakeViewAsync(id, form, cancellationToken);
        }

        // A change is audited in the same save as the change itself (docs/adr/0041).
        if (mediation.SupportNeeds != supportBefore)
        {
            AuditLog.Record(db, Me, MediationAuditActions.SupportNeedsChanged, DatabaseMediationAudit.RecordType, id, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);

        Flash("De intake is opgeslagen.");
        return Redirect($"/beheer/bemiddelingen/{id}");
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
            return await ShowAsync(id, new CaseForms { NoteText = form.NoteText }, cancellationToken);
        }

        try
        {
            var now = clock.GetUtcNow();
            mediation.AddNote(form.NoteText!, Me, now);
            AuditLog.Record(db, Me, MediationAuditActions.NoteAdded, DatabaseMediationAudit.RecordType, id, now);
        }
        catch (DomainException refusal)
        {
            db.ChangeTracker.Clear();
            AddDomainError(refusal, nameof(NoteForm.NoteText));
            return await ShowAsync(id, new CaseForms { NoteText = form.NoteText }, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        Flash("De notitie is opgeslagen.");
        return Redirect($"/beheer/bemiddelingen/{id}#notities");
    }

    [HttpPost("{id:int}/voorstellen")]
    public async Task<IActionResult> Propose([FromRoute] int id, ProposeForm form, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } mediation)
        {
            return NotFound();
        }

        if (!await ValidateAsync(form))
        {
            return await ShowAsync(id, new CaseForms(), cancellationToken);
        }

        var now = clock.GetUtcNow();
        var vacancy = await db.Vacancies.AsNoTracking()
            .PublicOn(DateOnly.FromDateTime(now.UtcDateTime))
            .Where(v => v.Id == form.VacancyId)
            .Select(v => new { v.Id, v.Title, Organisation = v.Organisation!.Name, v.ContactName, v.ContactEmail })
            .SingleOrDefaultAsync(cancellationToken);
        if (vacancy is null)
        {
            ModelState.AddModelError(string.Empty, Text["Deze vacature staat niet (meer) open; kies een andere."]);
            return await ShowAsync(id, new CaseForms(), cancellationToken);
        }

        try
        {
            mediation.Propose(vacancy.Id, Me, now);
            AuditLog.Record(db, Me, "mediation.propose", DatabaseMediationAudit.RecordType, id, now);
        }
        catch (DomainException refusal)
        {
            db.ChangeTracker.Clear();
            AddDomainError(refusal);
            return await ShowAsync(id, new CaseForms(), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);

        var volunteer = await db.Volunteers.AsNoTracking().Where(v => v.Id == mediation.VolunteerId)
            .Select(v => new { v.Name, v.Email, v.ErasedAt }).SingleAsync(cancellationToken);
        var staffName = (await StaffNamesAsync(cancellationToken)).GetValueOrDefault(Me) ?? centre.Value.Name;
        if (volunteer is { Email: { Length: > 0 } address, ErasedAt: null })
        {
            var link = $"{Request.Scheme}://{Request.Host}{Request.PathBase}/vacatures/{vacancy.Id}/{Slug.From(vacancy.Title)}";
            await email.SendAsync(MediationEmails.ProposalToVolunteer(address, volunteer.Name, vacancy.Title, vacancy.Organisation, link, staffName, centre.Value.Name), cancellationToken);
        }

        await email.SendAsync(MediationEmails.ProposalToOrganisation(vacancy.ContactEmail, vacancy.ContactName, vacancy.Title, volunteer.Name, staffName, centre.Value.Name), cancellationToken);
        Flash("Het voorstel is gedaan en gemaild.");
        return Redirect($"/beheer/bemiddelingen/{id}#voorstellen");
    }

    /// <summary>
    /// Both sides want to go ahead. The organisation's list of responses must show the person too,
    /// so the volunteer gets an application on the vacancy (or their open one is used), in contact.
    /// </summary>
    [HttpPost("{id:int}/voorstellen/{proposalId:int}/accepteren")]
    public async Task<IActionResult> Accept([FromRoute] int id, [FromRoute] int proposalId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } mediation || mediation.Proposals.FirstOrDefault(p => p.Id == proposalId) is not { } proposal)
        {
            return NotFound();
        }

        return await StepAsync(
            id,
            async now =>
            {
                mediation.AcceptProposal(proposal, Me, now);
                var application = await OpenApplicationAsync(mediation.VolunteerId, proposal.VacancyId, now, cancellationToken);
                if (application.Status == ApplicationStatus.Submitted)
                {
                    application.StartContact(Me, now);
                }
            },
            "Het voorstel is geaccepteerd. De organisatie ziet de vrijwilliger bij de reacties op de vacature.",
            cancellationToken);
    }

    [HttpPost("{id:int}/voorstellen/{proposalId:int}/afwijzen")]
    public async Task<IActionResult> Decline([FromRoute] int id, [FromRoute] int proposalId, DeclineForm form, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } mediation || mediation.Proposals.FirstOrDefault(p => p.Id == proposalId) is not { } proposal)
        {
            return NotFound();
        }

        if (!await ValidateAsync(form))
        {
            return await ShowAsync(id, new CaseForms(), cancellationToken);
        }

        var wasAccepted = proposal.Status == ProposalStatus.Accepted;
        return await StepAsync(
            id,
            async now =>
            {
                mediation.DeclineProposal(proposal, form.DeclineReason, Me, now);
                if (wasAccepted)
                {
                    await WithdrawApplicationsAsync(mediation.VolunteerId, [proposal.VacancyId], now, cancellationToken);
                }
            },
            "Het voorstel is afgewezen. Je kunt een andere vacature voorstellen.",
            cancellationToken);
    }

    [HttpPost("{id:int}/voorstellen/{proposalId:int}/plaatsen")]
    public async Task<IActionResult> Place([FromRoute] int id, [FromRoute] int proposalId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } mediation || mediation.Proposals.FirstOrDefault(p => p.Id == proposalId) is not { } proposal)
        {
            return NotFound();
        }

        var otherAccepted = mediation.Proposals.Where(p => p != proposal && p.Status == ProposalStatus.Accepted).Select(p => p.VacancyId).ToList();
        return await StepAsync(
            id,
            async now =>
            {
                mediation.Place(proposal, FollowUpSchedule.After(centre.Value), Me, now);
                var placed = await db.Applications.AnyAsync(a => a.VolunteerId == mediation.VolunteerId && a.VacancyId == proposal.VacancyId && a.Status == ApplicationStatus.Placed, cancellationToken);
                if (!placed)
                {
                    // Placed here, so its follow-up e-mails are set here too (an application the
                    // organisation placed itself got them then).
                    var application = await OpenApplicationAsync(mediation.VolunteerId, proposal.VacancyId, now, cancellationToken);
                    application.Place(Me, now);
                    db.PlacementFollowUps.AddRange(PlacementFollowUp.ForPlacement(application, FollowUpSchedule.After(centre.Value), now));
                }

                await WithdrawApplicationsAsync(mediation.VolunteerId, otherAccepted, now, cancellationToken);
            },
            "De vrijwilliger is geplaatst. Over een paar weken staat de nazorg klaar.",
            cancellationToken);
    }

    [HttpGet("{id:int}/nazorg")]
    public async Task<IActionResult> FollowUp([FromRoute] int id, CancellationToken cancellationToken)
    {
        var summary = await FollowUpSummaryAsync(id, cancellationToken);
        if (summary is null)
        {
            return NotFound();
        }

        if (summary.Status != MediationStatus.Placed)
        {
            Flash("Nazorg hoort bij een plaatsing; deze bemiddeling is niet (meer) geplaatst.");
            return Redirect($"/beheer/bemiddelingen/{id}");
        }

        ViewData[nameof(FollowUpSummary)] = summary;
        return View(new FollowUpForm());
    }

    [HttpPost("{id:int}/nazorg")]
    public async Task<IActionResult> FollowUp([FromRoute] int id, FollowUpForm form, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } mediation)
        {
            return NotFound();
        }

        if (await ValidateAsync(form))
        {
            try
            {
                var now = clock.GetUtcNow();
                mediation.RecordFollowUp(form.Rating!.Value, form.Story, form.StoryMayBeUsed, form.Close, Me, now);
                AuditLog.Record(db, Me, "mediation.followup", DatabaseMediationAudit.RecordType, id, now);
                await db.SaveChangesAsync(cancellationToken);
                Flash(form.Close ? "De nazorg is vastgelegd en de bemiddeling is afgesloten." : "De nazorg is vastgelegd.");
                return Redirect($"/beheer/bemiddelingen/{id}");
            }
            catch (DomainException refusal)
            {
                db.ChangeTracker.Clear();
                AddDomainError(refusal);
            }
        }

        ViewData[nameof(FollowUpSummary)] = await FollowUpSummaryAsync(id, cancellationToken);
        return View(form);
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
            return await ShowAsync(id, new CaseForms { CloseReason = form.CloseReason }, cancellationToken);
        }

        var accepted = mediation.Proposals.Where(p => p.Status == ProposalStatus.Accepted).Select(p => p.VacancyId).ToList();
        return await StepAsync(
            id,
            async now =>
            {
                mediation.Close(form.CloseReason, Me, now);
                await WithdrawApplicationsAsync(mediation.VolunteerId, accepted, now, cancellationToken);
            },
            "De bemiddeling is afgesloten.",
            cancellationToken);
    }

    /// <summary>
    /// The right of access for someone without an account, who cannot download it at
    /// /mijn/gegevens: staff download the same file to hand over. Audited.
    /// </summary>
    [HttpGet("{id:int}/persoon/gegevens")]
    public async Task<IActionResult> PersonData([FromRoute] int id, CancellationToken cancellationToken)
    {
        if (await PersonWithoutAccountAsync(id, cancellationToken) is not { } volunteerId)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        var json = await MyDataExport.BuildAsync(db, volunteerId, null, [], centre.Value.Name, now, cancellationToken);
        AuditLog.Record(db, Me, "volunteer.export", nameof(Volunteer), volunteerId, now);
        await db.SaveChangesAsync(cancellationToken);
        return File(json, "application/json; charset=utf-8", $"gegevens-{volunteerId}-{now:yyyy-MM-dd}.json");
    }

    /// <summary>
    /// Erases the record of someone without an account who asked for it, as an account holder can
    /// at /mijn/gegevens: the case stays as an anonymous, closed record. Audited.
    /// </summary>
    [HttpPost("{id:int}/persoon/verwijderen")]
    public async Task<IActionResult> ErasePerson([FromRoute] int id, ErasePersonForm form, CancellationToken cancellationToken)
    {
        if (await PersonWithoutAccountAsync(id, cancellationToken) is not { } volunteerId)
        {
            return NotFound();
        }

        if (!await ValidateAsync(form))
        {
            return await ShowAsync(id, new CaseForms(), cancellationToken);
        }

        await VolunteerErasure.EraseWithoutAccountAsync(db, volunteerId, Me, clock.GetUtcNow(), cancellationToken);
        Flash("De gegevens van de persoon zijn verwijderd. De bemiddeling blijft anoniem bewaard voor de cijfers.");
        return Redirect($"~/beheer/bemiddelingen/{id}");
    }

    /// <summary>The volunteer of the case when that is a person without an account whose data are still there.</summary>
    private async Task<int?> PersonWithoutAccountAsync(int id, CancellationToken cancellationToken) =>
        await db.Mediations.AsNoTracking()
            .Where(m => m.Id == id)
            .Join(db.Volunteers, m => m.VolunteerId, v => v.Id, (m, v) => v)
            .Where(v => v.UserId == null && v.ErasedAt == null)
            .Select(v => (int?)v.Id)
            .SingleOrDefaultAsync(cancellationToken);

    private Task<IActionResult> StepAsync(int id, Action step, string done, CancellationToken cancellationToken) =>
        StepAsync(
            id,
            _ =>
            {
                step();
                return Task.CompletedTask;
            },
            done,
            cancellationToken);

    /// <summary>Runs a domain step and saves it, or shows the case page with the refusal and nothing saved.</summary>
    private async Task<IActionResult> StepAsync(int id, Func<DateTimeOffset, Task> step, string done, CancellationToken cancellationToken)
    {
        try
        {
            var now = clock.GetUtcNow();
            await step(now);

            // Every staff step is audited in the same save as the step: mediation.assign, .accept,
            // .decline, .place, .followup, .close (the action's name).
            var action = "mediation." + ControllerContext.ActionDescriptor.ActionName.ToLowerInvariant();
            AuditLog.Record(db, Me, action, DatabaseMediationAudit.RecordType, id, now);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException refusal)
        {
            db.ChangeTracker.Clear();
            AddDomainError(refusal);
            return await ShowAsync(id, new CaseForms(), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A colleague changed this case, or someone answered on the same vacancy, at the same
            // moment (docs/adr/0006): nothing of this step is saved; the page shows the new state.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, Text["Tegelijk met jou is deze bemiddeling of de vacature gewijzigd. Bekijk de nieuwe stand en probeer het nog eens."]);
            return await ShowAsync(id, new CaseForms(), cancellationToken);
        }

        Flash(done);
        return Redirect($"/beheer/bemiddelingen/{id}");
    }

    private Task<Mediation?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Mediations.Include(m => m.History).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>The volunteer's open application on the vacancy, or a new one sent on their behalf.</summary>
    private async Task<Application> OpenApplicationAsync(int volunteerId, int vacancyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.Include(v => v.Applications).SingleAsync(v => v.Id == vacancyId, cancellationToken);
        if (vacancy.Applications.FirstOrDefault(a => a.VolunteerId == volunteerId && a.IsOpen) is { } open)
        {
            return open;
        }

        var hasEmail = await db.Volunteers.AnyAsync(v => v.Id == volunteerId && v.Email != null, cancellationToken);
        return vacancy.Apply(
            volunteerId,
            $"Voorgesteld door {centre.Value.Name} (bemiddeling). Neem voor vragen contact op met de centrale.",
            hasEmail ? ContactPreference.Either : ContactPreference.Phone,
            Me,
            now);
    }

    private async Task WithdrawApplicationsAsync(int volunteerId, IReadOnlyCollection<int> vacancyIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (vacancyIds.Count == 0)
        {
            return;
        }

        var open = await db.Applications
            .Where(a => a.VolunteerId == volunteerId && vacancyIds.Contains(a.VacancyId) && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.InContact))
            .ToListAsync(cancellationToken);
        foreach (var application in open)
        {
            application.Withdraw(Me, now);
        }
    }

    private async Task<IActionResult> ShowAsync(int id, CaseForms forms, CancellationToken cancellationToken)
    {
        var page = await CasePageQuery.LoadAsync(db, matching, id, clock.GetUtcNow(), SuggestionCount, await StaffNamesAsync(cancellationToken), cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        // The page shows the notes and the support needs: both views are audited, every time.
        await audit.RecordAsync(Me, MediationAuditActions.NotesViewed, id);
        await audit.RecordAsync(Me, MediationAuditActions.SupportNeedsViewed, id);
        ViewData[nameof(CasePage)] = page;
        return View("Show", forms);
    }

    private async Task<IActionResult> IntakeViewAsync(int id, IntakeForm form, CancellationToken cancellationToken)
    {
        ViewData[nameof(IntakeChoices)] = new IntakeChoices(
            id,
            await db.Volunteers.AsNoTracking().Where(v => db.Mediations.Any(m => m.Id == id && m.VolunteerId == v.Id)).Select(v => v.ErasedAt != null ? string.Empty : v.Name).SingleAsync(cancellationToken),
            await db.Categories.AsNoTracking().Where(c => !c.IsRetired || form.CategoryIds.Contains(c.Id)).OrderBy(c => c.SortOrder).Select(c => new IdName(c.Id, c.Name)).ToListAsync(cancellationToken),
            await db.SuitableForTags.AsNoTracking().Where(t => !t.IsRetired || form.SuitableForIds.Contains(t.Id)).OrderBy(t => t.SortOrder).Select(t => new IdName(t.Id, t.Name)).ToListAsync(cancellationToken));
        return View("Intake", form);
    }

    private Task<FollowUpSummary?> FollowUpSummaryAsync(int id, CancellationToken cancellationToken) =>
        (from m in db.Mediations.AsNoTracking()
         join v in db.Volunteers.AsNoTracking() on m.VolunteerId equals v.Id
         where m.Id == id
         select new FollowUpSummary(
             m.Id,
             v.ErasedAt != null ? string.Empty : v.Name,
             m.Status,
             db.Vacancies.Where(x => x.Id == m.PlacedVacancyId).Select(x => x.Title).FirstOrDefault(),
             m.FollowUpDueAt))
        .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Everyone who may handle a case: the Staff and Admin accounts, by id.</summary>
    private async Task<Dictionary<Guid, string>> StaffNamesAsync(CancellationToken cancellationToken)
    {
        var rows = await (
            from user in db.Users.AsNoTracking()
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where role.Name == PortalRoles.Staff || role.Name == PortalRoles.Admin
            select new { user.Id, user.DisplayName })
            .ToListAsync(cancellationToken);
        return rows.DistinctBy(r => r.Id).ToDictionary(r => r.Id, r => r.DisplayName);
    }
}

public sealed record CaseRow(int Id, string? Name, MediationStatus Status, DateTimeOffset RequestedAt, Guid? AssignedStaffId, string? AssignedName, DateTimeOffset? FollowUpDueAt, bool FollowUpDue);

public sealed record CaseList(Page<CaseRow> Results, MediationStatus? Status, bool Mine, bool FollowUpDue)
{
    public IReadOnlyList<CaseRow> Cases => Results.Items;
}

public sealed record IdName(int Id, string Name);

public sealed record IntakeChoices(int MediationId, string PersonName, IReadOnlyList<IdName> Categories, IReadOnlyList<IdName> SuitableFor);

public sealed record FollowUpSummary(int Id, string Name, MediationStatus Status, string? VacancyTitle, DateTimeOffset? DueAt);
