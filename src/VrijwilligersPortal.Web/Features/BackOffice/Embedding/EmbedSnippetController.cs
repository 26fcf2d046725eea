using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Features.BackOffice.Reports;
using VrijwilligersPortal.Web.Features.Embedding;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.BackOffice.Embedding;

/// <summary>The snippet builder for administrators (/beheer/inbedden): a list for a municipality's website, by municipality, kind of work and words.</summary>
[Route("beheer/inbedden")]
[Authorize(Roles = PortalRoles.Admin)]
public sealed class EmbedSnippetController(PortalDbContext db, PublicUrls urls, IOptionsSnapshot<CentreOptions> centre) : BackOfficePortalController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(EmbedSnippetRequest request, CancellationToken cancellationToken)
    {
        var (municipalities, _) = await ReportQueries.AreasAsync(db, cancellationToken);
        var categories = await db.Categories.AsNoTracking().Where(c => !c.IsRetired).OrderBy(c => c.SortOrder).Select(c => new { c.Slug, c.Name }).ToListAsync(cancellationToken);
        var title = Text["Vrijwilligersvacatures van {0}", centre.Value.Name].Value;
        return View(EmbedSnippet.Page(request, null, municipalities, [.. categories.Select(c => (c.Slug, c.Name))], urls, centre.Value, title));
    }
}
