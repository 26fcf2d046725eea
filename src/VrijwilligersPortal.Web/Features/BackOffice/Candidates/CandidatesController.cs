using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.BackOffice.Candidates;

/// <summary>
/// Ranked candidate volunteers for a vacancy, for staff who mediate
/// (/beheer/vacatures/{id}/kandidaten): only volunteers who consented to be proposed, each with
/// the reasons in staff's words. Read-only: proposing is the mediation feature's. Every view is
/// audited, like a search of the volunteers: it shows names and postcodes.
/// </summary>
[Route("beheer/vacatures/{id:int}/kandidaten")]
[Authorize(Roles = PortalRoles.StaffOrAdmin)]
public sealed class CandidatesController(PortalDbContext db, MatchingQueries matching, TimeProvider clock) : PortalController
{
    public const int Shown = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.AsNoTracking()
            .Where(v => v.Id == id)
            .Select(v => new { v.Id, v.Title, Organisation = v.Organisation!.Name, v.Place, v.IsRemote })
            .SingleOrDefaultAsync(cancellationToken);
        if (vacancy is null)
        {
            return NotFound();
        }

        var isPublic = await db.Vacancies.PublicOn(clock.Today()).AnyAsync(v => v.Id == id, cancellationToken);
        var candidates = isPublic ? await matching.RankVolunteersAsync(id, Shown, cancellationToken) ?? [] : [];
        var consenting = await db.Volunteers.CountAsync(v => v.ConsentToBeProposed && v.ErasedAt == null, cancellationToken);
        AuditLog.Record(db, CurrentVolunteer.UserIdOf(User)!.Value, AuditActions.Volunteer.CandidatesViewed, "Vacancy", id, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return View(
            "~/Features/BackOffice/Candidates/Index.cshtml",
            new CandidatesPage(vacancy.Id, vacancy.Title, vacancy.Organisation, vacancy.IsRemote ? null : vacancy.Place, isPublic, consenting, candidates));
    }
}

public sealed record CandidatesPage(
    int VacancyId,
    string Title,
    string OrganisationName,
    string? Place,
    bool IsPublic,
    int ConsentingVolunteers,
    IReadOnlyList<RankedVolunteer> Candidates);
