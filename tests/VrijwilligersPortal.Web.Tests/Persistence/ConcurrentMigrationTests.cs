using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Persistence;

/// <summary>
/// Two servers running <c>migrate</c> at the same moment on an empty database, as an upgrade script
/// run on both would (docs/operations.md, "Upgrade"): EF Core's migration lock makes the second
/// wait and then find nothing to do. Runs on whichever provider the suite runs on.
/// </summary>
public class ConcurrentMigrationTests
{
    [Fact]
    public async Task Two_simultaneous_migrate_runs_on_an_empty_database_both_succeed_and_apply_each_migration_once()
    {
        using var factory = new PortalFactory();
        await using var first = Migrator(factory);
        await using var second = Migrator(factory);

        await Task.WhenAll(
            Task.Run(() => PortalDatabase.MigrateAsync(first)),
            Task.Run(() => PortalDatabase.MigrateAsync(second)));

        await using var scope = first.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Equal(applied.Count, applied.Distinct().Count());
        Assert.Equal(PortalRoles.All.Count, await db.Roles.CountAsync());
    }

    /// <summary>What the <c>migrate</c> command needs, without the web host (which would migrate on its own).</summary>
    private static ServiceProvider Migrator(PortalFactory factory)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = PortalFactory.Provider,
            ["ConnectionStrings:Portal"] = factory.ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddPortalPersistence(configuration, Path.GetTempPath());
        services.AddIdentityCore<PortalUser>().AddRoles<IdentityRole<Guid>>().AddEntityFrameworkStores<PortalDbContext>();
        return services.BuildServiceProvider();
    }
}
