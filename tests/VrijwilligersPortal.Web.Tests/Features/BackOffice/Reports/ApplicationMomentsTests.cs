using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice.Reports;

/// <summary>
/// The reports read when an application was first answered, how many hours that took, and when
/// it was placed from the application itself (docs/adr/0113, 0160). Those must agree with its
/// history: as the domain records them, and as the migrations that added them filled them in for
/// applications saved before them (migrated down and up again over the report's scenario).
/// </summary>
public class ApplicationMomentsTests(ApplicationMomentsTests.Scenario scenario) : IClassFixture<ApplicationMomentsTests.Scenario>
{
    /// <summary>The report's scenario in a database of its own: this test migrates it down and up.</summary>
    public sealed class Scenario : ReportScenario;

    [Fact]
    public async Task The_first_answer_its_wait_and_the_placement_agree_with_the_history_also_after_the_migrations_filled_them_in()
    {
        var recorded = await MomentsAsync();
        Assert.Contains(recorded, m => m.PlacedAt is not null);
        Assert.Contains(recorded, m => m.FirstAnsweredAt is not null && m.PlacedAt is null);
        Assert.Contains(recorded, m => m.FirstAnsweredAt is null);
        Assert.All(recorded, m => Assert.Equal((m.FromHistoryAnswered, m.FromHistoryPlaced), (m.FirstAnsweredAt, m.PlacedAt)));
        Assert.All(recorded, m => Assert.Equal(m.FromHistoryAnswered is { } answered ? Application.WholeHoursUp(answered - m.SubmittedAt) : null, m.HoursToFirstAnswer));
        Assert.Contains(recorded, m => m.HoursToFirstAnswer > 24);

        await scenario.WithDbAsync(async (db, _) =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var added = migrations.FindIndex(m => m.EndsWith("_ReportReadsByTime", StringComparison.Ordinal));
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[added - 1]);
            await migrator.MigrateAsync(migrations[^1]);
        });

        var filledIn = await MomentsAsync();
        Assert.Equal(recorded, filledIn);
    }

    private sealed record Moments(int Id, DateTimeOffset SubmittedAt, int? HoursToFirstAnswer, DateTimeOffset? FirstAnsweredAt, DateTimeOffset? PlacedAt, DateTimeOffset? FromHistoryAnswered, DateTimeOffset? FromHistoryPlaced);

    private async Task<List<Moments>> MomentsAsync()
    {
        List<Moments> moments = [];
        await scenario.WithDbAsync(async (db, _) =>
        {
            var applications = await db.Applications.AsNoTracking().Include(a => a.History).OrderBy(a => a.Id).ToListAsync();
            moments = applications.Select(a => new Moments(
                    a.Id,
                    a.SubmittedAt,
                    a.HoursToFirstAnswer,
                    a.FirstAnsweredAt,
                    a.PlacedAt,
                    a.History.Where(h => h.To is ApplicationStatus.InContact or ApplicationStatus.Placed or ApplicationStatus.Declined).Select(h => (DateTimeOffset?)h.At).Min(),
                    a.History.Where(h => h.To == ApplicationStatus.Placed).Select(h => (DateTimeOffset?)h.At).Min()))
                .ToList();
        });
        return moments;
    }
}
