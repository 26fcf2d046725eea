using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice.Reports;

/// <summary>
/// The columns kept for the reports (docs/adr/0187) against what they are made of, worked out here
/// from the rows themselves: after the report scenario is put in through the domain, and again
/// after the saves that change them — a vacancy and an organisation that move, a vacancy that
/// becomes remote, a volunteer who moves, and follow-ups answered out of order.
/// </summary>
public class ReportColumnsTests(ReportScenario scenario) : IClassFixture<ReportScenario>
{
    [Fact]
    public async Task The_kept_columns_follow_every_save_that_changes_what_they_are_made_of()
    {
        var before = await ReadAsync();
        Assert.Equal(before.Expected, before.Kept);
        Assert.Contains(before.Kept, row => row.StartsWith("application", StringComparison.Ordinal) && row.Contains("3701", StringComparison.Ordinal));
        Assert.Contains(before.Kept, row => row.StartsWith("mediation", StringComparison.Ordinal) && row.Contains("3511", StringComparison.Ordinal));

        int annaApplicationId = 0;
        await scenario.WithDbAsync(async (db, _) =>
        {
            // Zeist's vacancy moves to Utrecht; the host vacancy becomes remote, so it counts
            // where its organisation is, and then that organisation moves.
            var zeist = await db.Vacancies.SingleAsync(v => v.Title == "Paden onderhouden in het bos");
            db.Entry(zeist).Property(v => v.Postcode).CurrentValue = "3584 CS";
            var host = await db.Vacancies.SingleAsync(v => v.Title == "Gastvrouw in het buurthuis");
            db.Entry(host).Property(v => v.Postcode).CurrentValue = null;
            await db.SaveChangesAsync();

            var linde = await db.Organisations.SingleAsync(o => o.Name == "Buurthuis De Linde");
            db.Entry(linde).Property(o => o.Postcode).CurrentValue = "3512 AB";
            var fenna = await db.Volunteers.SingleAsync(v => v.Name == "Fenna");
            fenna.SetLocation("3701 AA", null, null);
            await db.SaveChangesAsync();

            // Anna's placement gets both follow-ups; the later answer is saved first, on the
            // earlier row: the latest answer counts, not the last saved or the last row.
            var anna = await db.Volunteers.SingleAsync(v => v.Name == "Anna");
            var placed = await db.Applications.SingleAsync(a => a.VolunteerId == anna.Id && a.PlacedAt != null);
            annaApplicationId = placed.Id;
            var followUps = PlacementFollowUp.ForPlacement(placed, TimeSpan.FromDays(42), placed.PlacedAt!.Value);
            db.PlacementFollowUps.AddRange(followUps);
            await db.SaveChangesAsync();
            followUps[0].Answer(3, false, null, false, ReportScenario.Local(2026, 5, 20, 10));
            await db.SaveChangesAsync();
            followUps[1].Answer(5, true, null, false, ReportScenario.Local(2026, 5, 12, 10));
            await db.SaveChangesAsync();
        });

        var after = await ReadAsync();
        Assert.Equal(after.Expected, after.Kept);
        Assert.NotEqual(before.Kept, after.Kept);
        Assert.DoesNotContain(after.Kept, row => row.StartsWith("application", StringComparison.Ordinal) && row.Contains("3701", StringComparison.Ordinal));
        Assert.Contains(after.Kept, row => row.StartsWith("mediation", StringComparison.Ordinal) && row.Contains("3701", StringComparison.Ordinal));
        Assert.Contains($"application {annaApplicationId}: 3512 False", after.Kept);
    }

    /// <summary>Every kept value as a line, beside the same line worked out from the rows.</summary>
    private async Task<(List<string> Kept, List<string> Expected)> ReadAsync()
    {
        var kept = new List<string>();
        var expected = new List<string>();
        await scenario.WithDbAsync(async (db, _) =>
        {
            var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Postcode);
            var vacancies = await db.Vacancies.AsNoTracking().ToDictionaryAsync(v => v.Id, v => (v.Postcode ?? organisations[v.OrganisationId])[..4]);
            var volunteers = await db.Volunteers.AsNoTracking().ToDictionaryAsync(v => v.Id, v => v.Postcode?[..4]);
            var followUps = await db.PlacementFollowUps.AsNoTracking()
                .Select(f => new { f.Id, f.ApplicationId, f.AnsweredAt, f.StillActive, Area = EF.Property<string?>(f, ReportColumns.Area) })
                .ToListAsync();
            var applications = await db.Applications.AsNoTracking()
                .OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.VacancyId, Area = EF.Property<string?>(a, ReportColumns.Area), Latest = EF.Property<bool?>(a, ReportColumns.LatestStillActive) })
                .ToListAsync();
            foreach (var a in applications)
            {
                var latest = followUps.Where(f => f.ApplicationId == a.Id && f.AnsweredAt != null).OrderBy(f => f.AnsweredAt).ThenBy(f => f.Id).LastOrDefault()?.StillActive;
                kept.Add($"application {a.Id}: {a.Area} {a.Latest}");
                expected.Add($"application {a.Id}: {vacancies[a.VacancyId]} {latest}");
            }

            foreach (var f in followUps.OrderBy(f => f.Id))
            {
                kept.Add($"follow-up {f.Id}: {f.Area}");
                expected.Add($"follow-up {f.Id}: {vacancies[applications.Single(a => a.Id == f.ApplicationId).VacancyId]}");
            }

            foreach (var m in await db.Mediations.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.VolunteerId, Area = EF.Property<string?>(m, ReportColumns.Area) }).ToListAsync())
            {
                kept.Add($"mediation {m.Id}: {m.Area}");
                expected.Add($"mediation {m.Id}: {volunteers[m.VolunteerId]}");
            }
        });
        return (kept, expected);
    }
}
