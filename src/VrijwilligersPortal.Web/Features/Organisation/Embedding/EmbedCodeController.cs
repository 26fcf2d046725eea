using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Features.Embedding;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Organisation.Embedding;

/// <summary>
/// The snippet builder for organisation members (/organisatie/inbedden): a list of the current
/// organisation's own vacancies for its own website. The organisation is always the current one,
/// never taken from the URL.
/// </summary>
[Route("organisatie/inbedden")]
public sealed class EmbedCodeController(PortalDbContext db, PublicUrls urls, IOptionsSnapshot<CentreOptions> centre) : OrganisationPortalController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(EmbedSnippetRequest request, CancellationToken cancellationToken)
    {
        request.Municipality = null;
        var categories = await db.Categories.AsNoTracking().Where(c => !c.IsRetired).OrderBy(c => c.SortOrder).Select(c => new { c.Slug, c.Name }).ToListAsync(cancellationToken);
        var title = Text["Vrijwilligersvacatures van {0}", Current.Organisation.Name].Value;
        return View(EmbedSnippet.Page(request, Current.Id, [], [.. categories.Select(c => (c.Slug, c.Name))], urls, centre.Value, title));
    }
}
