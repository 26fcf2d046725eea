using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Search;
using VrijwilligersPortal.Web.Jobs;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Jobs;

/// <summary>The change-log cleanup deletes what no instance needs any more, and an instance that was away longer rebuilds rather than miss a change.</summary>
public class ChangeLogCleanupTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Rows_older_than_the_keep_time_are_deleted_but_the_newest_row_and_younger_ones_stay()
    {
        var member = await factory.UserAsync(PortalRoles.OrganisationMember, email: "opruimen@example.nl");
        var organisation = await factory.OrganisationAsync(member.Id, name: "Stichting Opruimen");
        await factory.VacancyAsync(organisation.Id, "Oud werk");
        var keep = TimeSpan.FromHours(new PublicVacancyIndexOptions().ChangeLogKeepHours);
        factory.Clock.Advance(keep + TimeSpan.FromHours(1));
        await factory.VacancyAsync(organisation.Id, "Jong werk");
        var before = await LogAsync();
        var cutoff = factory.Clock.GetUtcNow() - keep;
        Assert.Contains(before, c => c.ChangedAt < cutoff);

        var deleted = await factory.Services.GetRequiredService<ChangeLogCleanupJob>().RunOnceAsync(CancellationToken.None);

        var after = await LogAsync();
        Assert.Equal(before.Count(c => c.ChangedAt < cutoff && c.Version != before.Max(b => b.Version)), deleted);
        Assert.Equal(before.Where(c => c.ChangedAt >= cutoff || c.Version == before.Max(b => b.Version)).Select(c => c.Version), after.Select(c => c.Version));
        Assert.NotEmpty(after);

        // The next hour's run finds nothing more to delete.
        factory.Clock.Advance(ChangeLogCleanupJob.Interval);
        Assert.Equal(0, await factory.Services.GetRequiredService<ChangeLogCleanupJob>().RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_instance_idle_past_the_keep_time_builds_again_and_misses_no_deleted_change()
    {
        var member = await factory.UserAsync(PortalRoles.OrganisationMember, email: "weg@example.nl");
        var organisation = await factory.OrganisationAsync(member.Id, name: "Stichting Lang Weg");
        var paused = await factory.VacancyAsync(organisation.Id, "Bijenhouder aan de rand");
        using var other = factory.WithWebHostBuilder(_ => { });
        using var otherClient = other.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        Assert.Contains("Bijenhouder aan de rand", await otherClient.GetStringAsync("/vacatures?q=bijenhouder"), StringComparison.Ordinal);

        // Saved here while the other instance serves nobody: a pause, then a later change.
        await factory.WithDbAsync(async (db, _) =>
        {
            var vacancy = await db.Vacancies.SingleAsync(v => v.Id == paused.Id);
            vacancy.Pause(member.Id, factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await factory.VacancyAsync(organisation.Id, "Bijenhouder in de stad");

        // A day later the cleanup deletes the pause's row (only the newest stays).
        factory.Clock.Advance(TimeSpan.FromHours(new PublicVacancyIndexOptions().ChangeLogKeepHours) + TimeSpan.FromHours(1));
        Assert.True(await factory.Services.GetRequiredService<ChangeLogCleanupJob>().RunOnceAsync(CancellationToken.None) > 0);

        var page = await otherClient.GetStringAsync("/vacatures?q=bijenhouder");

        Assert.DoesNotContain("Bijenhouder aan de rand", page, StringComparison.Ordinal);
        Assert.Contains("Bijenhouder in de stad", page, StringComparison.Ordinal);
    }

    private Task<List<PublicVacancyChange>> LogAsync() =>
        factory.WithDbAsync((db, _) => db.Set<PublicVacancyChange>().AsNoTracking().OrderBy(c => c.Version).ToListAsync());
}
