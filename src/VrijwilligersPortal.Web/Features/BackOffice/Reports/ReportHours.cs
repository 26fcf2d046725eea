using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Hours;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.BackOffice.Reports;

/// <summary>
/// Volunteer hours in the report (issue 17): confirmed hours per period, per category and per
/// municipality (of the vacancy's place, else the organisation's). A query of its own beside
/// <see cref="ReportQueries"/>, so the report's history reads stay as they are. Hours of erased
/// volunteers still count (the figure stays, docs/adr/0131). An entry belongs to the period in
/// which it starts.
/// </summary>
public static class ReportHours
{
    public const string TotalKey = "uren";
    public const string CategoryKey = "uren-per-categorie";
    public const string MunicipalityKey = "uren-per-gemeente";

    public static async Task<IReadOnlyList<ReportTable>> TablesAsync(PortalDbContext db, ReportPeriod period, IReadOnlyCollection<string>? codes, Func<string, string> text, CancellationToken cancellationToken)
    {
        ReportPeriod[] periods = [period, period.Previous(), period.YearEarlier()];
        var first = periods.Min(p => p.Start);
        var end = periods.Max(p => p.End);
        var entries = db.HourEntries.AsNoTracking()
            .Where(h => h.Status == HourStatus.Confirmed && h.PeriodStart >= first && h.PeriodStart < end)
            .Join(db.Vacancies, h => h.VacancyId, v => v.Id, (h, v) => new
            {
                h.PeriodStart,
                h.Minutes,
                h.VolunteerId,
                Category = v.Category!.Name,
                Code = (v.Postcode ?? v.Organisation!.Postcode).Substring(0, 4),
            });
        if (codes is not null)
        {
            entries = entries.Where(e => codes.Contains(e.Code));
        }

        var rows = await entries.ToListAsync(cancellationToken);
        var usedCodes = rows.Select(r => r.Code).Distinct().ToList();
        var municipalities = await db.PostcodeAreas.AsNoTracking()
            .Where(p => usedCodes.Contains(p.Code) && p.Municipality != null)
            .Select(p => new { p.Code, p.Municipality })
            .ToListAsync(cancellationToken);
        var municipalityOf = municipalities.GroupBy(m => m.Code).ToDictionary(g => g.Key, g => g.First().Municipality!);
        var unknown = text("Onbekend");

        ReportValue Hours(ReportPeriod p, Func<string, string, bool> which) =>
            ReportValue.OfDecimal(rows.Where(r => p.Contains(r.PeriodStart) && which(r.Category, r.Code)).Sum(r => r.Minutes) / 60.0);

        ReportRow Row(string label, Func<string, string, bool> which, string? definition = null) =>
            new(label, Hours(periods[0], which), Hours(periods[1], which), Hours(periods[2], which), definition);

        ReportValue Volunteers(ReportPeriod p) => ReportValue.Of(rows.Where(r => p.Contains(r.PeriodStart)).Select(r => r.VolunteerId).Distinct().Count());

        var section = text("Inzet van vrijwilligers");
        var total = new ReportTable(TotalKey, section, text("Bevestigde uren vrijwilligerswerk"), false,
        [
            Row(text("Uren"), (_, _) => true, text("Uren die de organisatie bevestigde of die uit een bijgewoonde dienst komen, naar de dag waarop ze begonnen.")),
            new(text("Vrijwilligers met uren"), Volunteers(periods[0]), Volunteers(periods[1]), Volunteers(periods[2])),
        ]);
        var byCategory = new ReportTable(CategoryKey, section, text("Uren per categorie"), false,
            [.. rows.Select(r => r.Category).Distinct().Order(StringComparer.CurrentCulture).Select(c => Row(text(c), (category, _) => category == c))]);
        var byMunicipality = new ReportTable(MunicipalityKey, section, text("Uren per gemeente"), false,
            [.. rows.Select(r => municipalityOf.GetValueOrDefault(r.Code, unknown)).Distinct().Order(StringComparer.CurrentCulture)
                .Select(m => Row(m, (_, code) => municipalityOf.GetValueOrDefault(code, unknown) == m))]);
        // Hours are sums, not counts of people: no bar chart (it draws counts) and no "< 5".
        // Without any hours the two breakdowns would be empty tables: left out.
        return rows.Count == 0 ? [total] : [total, byCategory, byMunicipality];
    }
}
