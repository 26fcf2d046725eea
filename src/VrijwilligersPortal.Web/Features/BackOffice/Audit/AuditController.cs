using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Features.BackOffice.Mediations;
using VrijwilligersPortal.Web.Features.BackOffice.Organisations;
using VrijwilligersPortal.Web.Features.BackOffice.Vacancies;

namespace VrijwilligersPortal.Web.Features.BackOffice.Audit;

/// <summary>
/// The audit log (/beheer/auditlog), for administrators: who did what to which record and when,
/// newest first, filtered by person, action and period.
/// </summary>
[Route("beheer/auditlog")]
[Authorize(Roles = PortalRoles.Admin)]
public sealed class AuditController(PortalDbContext db) : BackOfficePortalController
{
    public const int PageSize = 50;

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [HttpGet("")]
    public async Task<IActionResult> Index(
        [FromQuery(Name = "wie")] Guid? who,
        [FromQuery(Name = "actie")] string? action,
        [FromQuery(Name = "van")] DateOnly? from,
        [FromQuery(Name = "tot")] DateOnly? until,
        [FromQuery(Name = "pagina")] int? page,
        CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (who is { } user)
        {
            query = query.Where(e => e.UserId == user);
        }

        var actionFilter = action?.Trim();
        if (!string.IsNullOrEmpty(actionFilter))
        {
            // "organisation" finds organisation.approve, organisation.reject and so on.
            query = query.Where(e => e.Action == actionFilter || e.Action.StartsWith(actionFilter + "."));
        }

        if (from is { } first)
        {
            var start = StartOfDay(first);
            query = query.Where(e => e.At >= start);
        }

        if (until is { } last)
        {
            var end = StartOfDay(last.AddDays(1));
            query = query.Where(e => e.At < end);
        }

        var total = await query.CountAsync(cancellationToken);
        var number = Page<AuditRow>.Clamp(page, total, PageSize);
        var entries = await query
            .OrderByDescending(e => e.At)
            .ThenByDescending(e => e.Id)
            .Skip((number - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);

        // Names come from the accounts, not the log: the log holds ids only.
        var people = await db.AuditEntries.AsNoTracking().Select(e => e.UserId).Distinct().ToListAsync(cancellationToken);
        var names = await db.Users.AsNoTracking()
            .Where(u => people.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var actions = await db.AuditEntries.AsNoTracking().Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
        var rows = entries
            .Select(e => new AuditRow(e.At, NameOf(e.UserId, names), e.Action, e.RecordType, e.RecordId, LinkTo(e.RecordType, e.RecordId)))
            .ToList();
        var filters = new AuditFilters(who, actionFilter, from, until);
        var whoOptions = people.Select(p => (p, NameOf(p, names))).OrderBy(p => p.Item2).ToList();
        return View(new AuditLogPage(filters, whoOptions, actions, new Page<AuditRow>(rows, number, PageSize, total)));
    }

    private static string NameOf(Guid id, Dictionary<Guid, string> names) =>
        id == Guid.Empty ? "systeem" : names.TryGetValue(id, out var name) ? name : "verwijderd account";

    /// <summary>Where the record can be seen in the back office, when it has a page.</summary>
    private string? LinkTo(string recordType, string? id) => (recordType, id) switch
    {
        ("Organisation", { } organisation) => Url.Action(nameof(OrganisationsController.Show), ControllerNames.Of<OrganisationsController>(), new { id = organisation }),
        ("Vacancy", { } vacancy) => Url.Action(nameof(VacanciesController.Show), ControllerNames.Of<VacanciesController>(), new { id = vacancy }),
        ("Mediation", { } mediation) => Url.Action(nameof(MediationsController.Show), ControllerNames.Of<MediationsController>(), new { id = mediation }),
        _ => null,
    };

    private static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local)).ToUniversalTime();
    }
}

public sealed record AuditFilters(Guid? Who, string? Action, DateOnly? From, DateOnly? Until);

public sealed record AuditRow(DateTimeOffset At, string Who, string Action, string RecordType, string? RecordId, string? Link);

public sealed record AuditLogPage(AuditFilters Filters, IReadOnlyList<(Guid Id, string Name)> People, IReadOnlyList<string> Actions, Page<AuditRow> Results);
