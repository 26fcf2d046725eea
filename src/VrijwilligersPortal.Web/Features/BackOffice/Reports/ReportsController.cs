using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.BackOffice.Reports;

/// <summary>
/// Reports and impact (/beheer/rapportages) for staff, administrators and the municipality's
/// read-only account: figures for a period and an area beside the previous period and the same
/// period a year earlier, charts, consented stories, CSV per table, one workbook, and a printable
/// annual report. Nothing here names a person (docs/adr/0085, docs/reports.md).
/// </summary>
[Area("BackOffice")]
[Route("beheer/rapportages")]
[Authorize(Roles = PortalRoles.ReportReaders)]
public sealed class ReportsController(PortalDbContext db, TimeProvider clock, IOptionsSnapshot<CentreOptions> centre, IMemoryCache cache, IServiceScopeFactory scopes) : PortalController
{
    [HttpGet("", Name = "Reports")]
    public async Task<IActionResult> Index(ReportRequest request, CancellationToken cancellationToken) =>
        View(await PageAsync(request, cancellationToken));

    [HttpGet("jaarverslag", Name = "AnnualReport")]
    public async Task<IActionResult> AnnualReport(ReportRequest request, CancellationToken cancellationToken)
    {
        var page = await PageAsync(request, cancellationToken);
        return View(page with { CentreName = centre.Value.Name, LogoPath = centre.Value.LogoPath });
    }

    [HttpGet("csv/{table}", Name = "ReportCsv")]
    public async Task<IActionResult> Csv([FromRoute] string table, ReportRequest request, CancellationToken cancellationToken)
    {
        var page = await PageAsync(request, cancellationToken);
        if (page.Report is not { } report)
        {
            return View(nameof(Index), page);
        }

        if (report.Table(table) is not { } found)
        {
            return NotFound();
        }

        return File(ReportExports.Csv(report, found, Translate), "text/csv; charset=utf-8", ReportExports.FileName(report, found.Key, "csv"));
    }

    [HttpGet("excel", Name = "ReportWorkbook")]
    public async Task<IActionResult> Workbook(ReportRequest request, CancellationToken cancellationToken)
    {
        var page = await PageAsync(request, cancellationToken);
        if (page.Report is not { } report)
        {
            return View(nameof(Index), page);
        }

        return File(ReportExports.Workbook(report, Translate), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ReportExports.FileName(report, "alles", "xlsx"));
    }

    private string Translate(string key) => Text[key].Value;

    private async Task<ReportPage> PageAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);
        request.WithDefaults(today);
        var (municipalities, places) = await ReportQueries.AreasAsync(db, cache, cancellationToken);
        var valid = await ValidateAsync(request);
        IReadOnlyCollection<string>? codes = null;
        var area = Text["De hele centrale"].Value;
        if (!string.IsNullOrWhiteSpace(request.Municipality) || !string.IsNullOrWhiteSpace(request.Place))
        {
            var byMunicipality = !string.IsNullOrWhiteSpace(request.Municipality);
            codes = await ReportQueries.CodesAsync(db, request.Municipality, request.Place, cancellationToken);
            if (codes is null && byMunicipality)
            {
                ModelState.AddModelError("gemeente", Text["Deze gemeente kennen we niet. Kies er een uit de lijst."]);
            }
            else if (codes is null && ModelState.GetFieldValidationState("plaats") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            {
                ModelState.AddModelError("plaats", Text["Deze plaats kennen we niet. Kies er een uit de lijst."]);
            }

            area = byMunicipality ? Text["Gemeente {0}", request.Municipality!.Trim()].Value : request.Place!.Trim();
        }

        if (!valid || !ModelState.IsValid)
        {
            return new ReportPage(request, null, municipalities, places);
        }

        var report = await ReportQueries.BuildAsync(db, request.Period(), codes, area, Translate, cancellationToken, scopes);
        report = report with { Tables = [.. report.Tables, .. await ReportHours.TablesAsync(db, request.Period(), codes, Translate, cancellationToken)] };
        return new ReportPage(request, report, municipalities, places);
    }
}

public sealed record ReportPage(ReportRequest Request, Report? Report, IReadOnlyList<string> Municipalities, IReadOnlyList<string> Places)
{
    public string? CentreName { get; init; }

    public string? LogoPath { get; init; }
}
