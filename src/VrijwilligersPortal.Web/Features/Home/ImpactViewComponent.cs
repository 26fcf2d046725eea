using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Features.BackOffice.Reports;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Home;

/// <summary>
/// "Wat we samen bereikten" on the home page, when an administrator switched it on
/// (<see cref="CentreOptions.ShowImpactOnHome"/>): a few figures of the past twelve months for the
/// whole centre, counted by the reports (<see cref="ReportQueries"/>), and the newest follow-up story
/// whose writer agreed to show it on the website. Worked out at most once an hour per language: the home page is
/// the busiest page and the figures move slowly.
/// </summary>
public sealed class ImpactViewComponent(PortalDbContext db, TimeProvider clock, IOptionsSnapshot<CentreOptions> centre, IMemoryCache cache, IStringLocalizer<SharedResource> text) : ViewComponent
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!centre.Value.ShowImpactOnHome)
        {
            return Content(string.Empty);
        }

        var today = clock.Today();
        var impact = await cache.GetOrCreateAsync((nameof(ImpactViewComponent), today, CultureInfo.CurrentUICulture.Name), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = KeptFor;
            return await ImpactAsync(today, HttpContext.RequestAborted);
        });
        return impact!.Figures.Count == 0 && impact.Story is null
            ? Content(string.Empty)
            : View("~/Features/Home/_Impact.cshtml", impact);
    }

    private async Task<HomeImpact> ImpactAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.Between(today.AddYears(-1), today.AddDays(-1));
        var report = await ReportQueries.BuildAsync(db, period, null, string.Empty, label => label, cancellationToken);

        // The rows are found by the report's Dutch labels (no translation passed above).
        int? Figure(string table, string row) => report.Table(table)?.Rows.FirstOrDefault(r => r.Label == row)?.Current.Count;
        (string Label, int? Count)[] figures =
        [
            (text["vrijwilligers aan de slag"], Figure("vrijwilligers", "Geplaatst")),
            (text["organisaties aan vrijwilligers geholpen"], Figure("organisaties", "Bediend")),
            (text["nieuwe vrijwilligers ingeschreven"], Figure("vrijwilligers", "Nieuw ingeschreven")),
            (text["mensen met persoonlijke hulp op een plek"], Figure("bemiddelingen", "Geplaatst")),
        ];

        var from = period.StartAt;
        var story = await db.PlacementFollowUps.AsNoTracking()
            .Where(f => f.StoryMayBePublished && f.Story != null && f.AnsweredAt >= from)
            .OrderByDescending(f => f.AnsweredAt)
            .Select(f => f.Story)
            .FirstOrDefaultAsync(cancellationToken);
        return new HomeImpact(figures.Where(f => f.Count > 0).Select(f => new HomeFigure(f.Label, f.Count!.Value)).ToList(), story);
    }
}

public sealed record HomeImpact(IReadOnlyList<HomeFigure> Figures, string? Story);

/// <summary>A figure with its label, already in the visitor's language (plain text: the view encodes it).</summary>
public sealed record HomeFigure(string Label, int Count);
