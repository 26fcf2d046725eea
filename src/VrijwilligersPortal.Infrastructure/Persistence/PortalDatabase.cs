using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Seeding;

namespace VrijwilligersPortal.Infrastructure.Persistence;

public static class PortalDatabase
{
    /// <summary>
    /// Brings the schema up to date and makes sure roles, reference lists and a Data Protection key exist.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Readers no longer wait for a writer; the setting is stored in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await ReferenceData.EnsureAsync(db, scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>(), cancellationToken);

        // Protecting anything creates the key ring's first key (in the database) if there is none,
        // so instances started together after a first deployment share it instead of each
        // creating their own (docs/adr/0016-several-instances.md).
        scope.ServiceProvider.GetService<IDataProtectionProvider>()?.CreateProtector("VrijwilligersPortal.Migrate").Protect([]);
    }
}
