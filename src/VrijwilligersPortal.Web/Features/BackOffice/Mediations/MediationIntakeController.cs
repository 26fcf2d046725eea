using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.BackOffice.Mediations;

/// <summary>
/// The intake conversation of a case (/beheer/bemiddelingen/{id}/intake): wishes, abilities,
/// support needs (audited when seen and when changed), and the person's area and interests.
/// </summary>
public sealed class MediationIntakeController(
    PortalDbContext db,
    IMediationAudit audit,
    PostcodeLookup postcodes,
    MatchingQueries matching,
    IOptionsSnapshot<CentreOptions> centre,
    TimeProvider clock) : MediationCaseController(db, audit, matching, centre, clock)
{
    [HttpGet("{id:int}/intake")]
    public async Task<IActionResult> Intake([FromRoute] int id, CancellationToken cancellationToken)
    {
        var mediation = await Db.Mediations.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mediation is null)
        {
            return NotFound();
        }

        var volunteer = await Db.Volunteers.AsNoTracking().Include(v => v.Interests).SingleAsync(v => v.Id == mediation.VolunteerId, cancellationToken);
        await Audit.RecordAsync(UserId, AuditActions.Mediation.SupportNeedsViewed, id);
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

        var volunteer = await Db.Volunteers.Include(v => v.Interests).Include(v => v.Skills).AsSplitQuery()
            .SingleAsync(v => v.Id == mediation.VolunteerId, cancellationToken);
        var categories = await Db.Categories.Where(c => form.CategoryIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var tags = await Db.SuitableForTags.Where(t => form.SuitableForIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
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
                UserId,
                Clock.GetUtcNow());
            if (!volunteer.IsErased)
            {
                volunteer.SetLocation(area, location, volunteer.MaxDistanceKm);
                volunteer.SetInterests(categories, volunteer.Skills.ToList());
            }
        }
        catch (DomainException refusal)
        {
            Db.ChangeTracker.Clear();
            AddDomainError(refusal);
            return await IntakeViewAsync(id, form, cancellationToken);
        }

        // A change is audited in the same save as the change itself (docs/adr/0041).
        if (mediation.SupportNeeds != supportBefore)
        {
            AuditLog.Record(Db, UserId, AuditActions.Mediation.SupportNeedsChanged, DatabaseMediationAudit.RecordType, id, Clock.GetUtcNow());
        }

        await Db.SaveChangesAsync(cancellationToken);

        Flash("De intake is opgeslagen.");
        return ToCase(id);
    }

    private async Task<IActionResult> IntakeViewAsync(int id, IntakeForm form, CancellationToken cancellationToken)
    {
        ViewData[nameof(IntakeChoices)] = new IntakeChoices(
            id,
            await Db.Volunteers.AsNoTracking().Where(v => Db.Mediations.Any(m => m.Id == id && m.VolunteerId == v.Id)).Select(v => v.ErasedAt != null ? string.Empty : v.Name).SingleAsync(cancellationToken),
            await Db.Categories.AsNoTracking().Where(c => !c.IsRetired || form.CategoryIds.Contains(c.Id)).OrderBy(c => c.SortOrder).Select(c => new IdName(c.Id, c.Name)).ToListAsync(cancellationToken),
            await Db.SuitableForTags.AsNoTracking().Where(t => !t.IsRetired || form.SuitableForIds.Contains(t.Id)).OrderBy(t => t.SortOrder).Select(t => new IdName(t.Id, t.Name)).ToListAsync(cancellationToken));
        return View("Intake", form);
    }
}

public sealed record IdName(int Id, string Name);

public sealed record IntakeChoices(int MediationId, string PersonName, IReadOnlyList<IdName> Categories, IReadOnlyList<IdName> SuitableFor);
