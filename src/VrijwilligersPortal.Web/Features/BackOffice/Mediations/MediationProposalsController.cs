using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Features.FollowUps;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.BackOffice.Mediations;

/// <summary>
/// Proposals inside a case (docs/adr/0050): propose a vacancy (both sides are e-mailed), accept,
/// decline, and place the person, which sets the follow-up.
/// </summary>
public sealed class MediationProposalsController(
    PortalDbContext db,
    IMediationAudit audit,
    PublicUrls urls,
    MatchingQueries matching,
    IOptionsSnapshot<CentreOptions> centre,
    MailTexts mail,
    TimeProvider clock) : MediationCaseController(db, audit, matching, centre, clock)
{
    [HttpPost("{id:int}/voorstellen")]
    public async Task<IActionResult> Propose([FromRoute] int id, ProposeForm form, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } mediation)
        {
            return NotFound();
        }

        if (!await ValidateAsync(form))
        {
            return await ShowCaseAsync(id, new CaseForms(), cancellationToken);
        }

        var now = Clock.GetUtcNow();
        var vacancy = await Db.Vacancies.AsNoTracking()
            .PublicOn(DateOnly.FromDateTime(now.UtcDateTime))
            // A vacancy imported from another centre is mediated there (docs/adr/0150): it has no contact person here.
            .Where(v => v.Id == form.VacancyId && v.ExchangeSourceId == null)
            .Select(v => new { v.Id, v.Title, Organisation = v.Organisation!.Name, v.ContactName, v.ContactEmail })
            .SingleOrDefaultAsync(cancellationToken);
        if (vacancy is null)
        {
            ModelState.AddModelError(string.Empty, Text["Deze vacature staat niet (meer) open; kies een andere."]);
            return await ShowCaseAsync(id, new CaseForms(), cancellationToken);
        }

        try
        {
            mediation.Propose(vacancy.Id, UserId, now);
            AuditLog.Record(Db, UserId, AuditActions.Mediation.Propose, DatabaseMediationAudit.RecordType, id, now);
        }
        catch (DomainException refusal)
        {
            Db.ChangeTracker.Clear();
            AddDomainError(refusal);
            return await ShowCaseAsync(id, new CaseForms(), cancellationToken);
        }

        var volunteer = await Db.Volunteers.AsNoTracking().Where(v => v.Id == mediation.VolunteerId)
            .Select(v => new { v.Name, v.Email, v.ErasedAt }).SingleAsync(cancellationToken);
        var staffName = (await StaffNamesAsync(cancellationToken)).GetValueOrDefault(UserId) ?? Centre.Name;
        var textFor = await mail.ForAllAsync([volunteer.Email ?? string.Empty, vacancy.ContactEmail], cancellationToken);
        if (volunteer is { Email: { Length: > 0 } address, ErasedAt: null })
        {
            var link = urls.Absolute($"/vacatures/{vacancy.Id}/{Slug.From(vacancy.Title)}");
            Outbox.Add(Db, MediationEmails.ProposalToVolunteer(textFor(address), address, volunteer.Name, vacancy.Title, vacancy.Organisation, link, staffName, Centre.Name), now);
        }

        Outbox.Add(Db, MediationEmails.ProposalToOrganisation(textFor(vacancy.ContactEmail), vacancy.ContactEmail, vacancy.ContactName, vacancy.Title, volunteer.Name, staffName, Centre.Name), now);
        await Db.SaveChangesAsync(cancellationToken);
        Flash("Het voorstel is gedaan en gemaild.");
        return ToCase(id, "voorstellen");
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
            AuditActions.Mediation.Accept,
            async now =>
            {
                mediation.AcceptProposal(proposal, UserId, now);
                var application = await OpenApplicationAsync(mediation.VolunteerId, proposal.VacancyId, now, cancellationToken);
                if (application.Status == ApplicationStatus.Submitted)
                {
                    application.StartContact(UserId, now);
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
            return await ShowCaseAsync(id, new CaseForms(), cancellationToken);
        }

        var wasAccepted = proposal.Status == ProposalStatus.Accepted;
        return await StepAsync(
            id,
            AuditActions.Mediation.Decline,
            async now =>
            {
                mediation.DeclineProposal(proposal, form.DeclineReason, UserId, now);
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
            AuditActions.Mediation.Place,
            async now =>
            {
                mediation.Place(proposal, FollowUpSchedule.After(Centre), UserId, now);
                var placed = await Db.Applications.AnyAsync(a => a.VolunteerId == mediation.VolunteerId && a.VacancyId == proposal.VacancyId && a.Status == ApplicationStatus.Placed, cancellationToken);
                if (!placed)
                {
                    // Placed here, so its follow-up e-mails are set here too (an application the
                    // organisation placed itself got them then).
                    var application = await OpenApplicationAsync(mediation.VolunteerId, proposal.VacancyId, now, cancellationToken);
                    application.Place(UserId, now);
                    Db.PlacementFollowUps.AddRange(PlacementFollowUp.ForPlacement(application, FollowUpSchedule.After(Centre), now));
                }

                await WithdrawApplicationsAsync(mediation.VolunteerId, otherAccepted, now, cancellationToken);
            },
            "De vrijwilliger is geplaatst. Over een paar weken staat de nazorg klaar.",
            cancellationToken);
    }

    /// <summary>The volunteer's open application on the vacancy, or a new one sent on their behalf.</summary>
    private async Task<Application> OpenApplicationAsync(int volunteerId, int vacancyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var vacancy = await Db.Vacancies.Include(v => v.Applications).SingleAsync(v => v.Id == vacancyId, cancellationToken);
        if (vacancy.Applications.FirstOrDefault(a => a.VolunteerId == volunteerId && a.IsOpen) is { } open)
        {
            return open;
        }

        var hasEmail = await Db.Volunteers.AnyAsync(v => v.Id == volunteerId && v.Email != null, cancellationToken);
        return vacancy.Apply(
            volunteerId,
            $"Voorgesteld door {Centre.Name} (bemiddeling). Neem voor vragen contact op met de centrale.",
            hasEmail ? ContactPreference.Either : ContactPreference.Phone,
            UserId,
            now);
    }
}
