using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Features.Organisation.Vacancies;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Organisation.Dashboard;

[Route("organisatie")]
public sealed class DashboardController(PortalDbContext db, IOptionsSnapshot<CentreOptions> centre, TimeProvider clock) : OrganisationPortalController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var threshold = centre.Value.UnansweredAfterDays;
        var rows = await VacancyRows.ForOrganisationAsync(db, Current.Id, clock.GetUtcNow(), TimeSpan.FromDays(threshold), cancellationToken);
        return View(new DashboardModel(rows, threshold));
    }

    /// <summary>Switches to another of the person's organisations; any other id is not found.</summary>
    [HttpPost("wisselen")]
    public IActionResult Switch([FromForm(Name = "organisatie")] int organisationId)
    {
        if (!Current.All.Any(m => m.Id == organisationId))
        {
            return NotFound();
        }

        Remember(HttpContext, organisationId);
        return RedirectToAction(nameof(Index));
    }
}

public sealed record DashboardModel(IReadOnlyList<VacancyRow> Vacancies, int UnansweredAfterDays)
{
    public int Applications => Vacancies.Sum(v => v.Applications);

    public int Unanswered => Vacancies.Sum(v => v.Unanswered);

    public int Views => Vacancies.Sum(v => v.Views);
}
