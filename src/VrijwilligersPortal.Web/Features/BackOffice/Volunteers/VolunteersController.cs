using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.BackOffice.Volunteers;

/// <summary>
/// Finding volunteers (/beheer/vrijwilligers). Staff only see people who agreed to be proposed
/// to organisations, or who asked the centre for help (an open mediation case): everyone else
/// keeps their profile to themselves (PRODUCT.md, "Matching"). Every search is audited.
/// </summary>
[Route("beheer/vrijwilligers")]
public sealed class VolunteersController(PortalDbContext db, TimeProvider clock) : BackOfficePortalController
{
    public const int PageSize = 25;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? categorie, int? pagina, CancellationToken cancellationToken)
    {
        var withOpenCase = db.Mediations.Where(m => m.Status != MediationStatus.Closed).Select(m => m.VolunteerId);
        var query = db.Volunteers.AsNoTracking()
            .Where(v => v.ErasedAt == null && (v.ConsentToBeProposed || withOpenCase.Contains(v.Id)));

        var term = q?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            var lower = term.ToLowerInvariant();
            query = query.Where(v => v.Name.ToLower().Contains(lower) || (v.Email != null && v.Email.ToLower().Contains(lower)) || (v.Postcode != null && v.Postcode.StartsWith(term)));
        }

        if (!string.IsNullOrEmpty(categorie))
        {
            query = query.Where(v => v.Interests.Any(c => c.Slug == categorie));
        }

        var total = await query.CountAsync(cancellationToken);
        var page = Page<VolunteerRow>.Clamp(pagina, total, PageSize);
        var rows = await query
            .OrderBy(v => v.Name)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(v => new VolunteerRow(
                v.Id,
                v.Name,
                v.Email,
                v.Postcode,
                v.ConsentToBeProposed,
                withOpenCase.Contains(v.Id),
                v.Interests.OrderBy(c => c.SortOrder).Select(c => c.Name).ToList(),
                v.Skills.OrderBy(s => s.SortOrder).Select(s => s.Name).ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        AuditLog.Record(db, UserId, AuditActions.Volunteer.Search, "Volunteer", clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        var categories = await db.Categories.AsNoTracking()
            .Where(c => !c.IsRetired)
            .OrderBy(c => c.SortOrder)
            .Select(c => new CategoryOption(c.Slug, c.Name))
            .ToListAsync(cancellationToken);
        return View(new VolunteerSearch(term, categorie, categories, new Page<VolunteerRow>(rows, page, PageSize, total)));
    }
}

public sealed record VolunteerRow(int Id, string Name, string? Email, string? Postcode, bool Consented, bool HasOpenCase, IReadOnlyList<string> Interests, IReadOnlyList<string> Skills);

public sealed record CategoryOption(string Slug, string Name);

public sealed record VolunteerSearch(string? Query, string? Category, IReadOnlyList<CategoryOption> Categories, Page<VolunteerRow> Results);
