using System.Data.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
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
        await OneAtATimeAsync(db, async () =>
        {
            var upgrading = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
            await db.Database.MigrateAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                // Readers no longer wait for a writer; the setting is stored in the database file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                if (upgrading)
                {
                    await CompleteStatisticsAsync(db, cancellationToken);
                }
            }

            await ReferenceData.EnsureAsync(db, scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>(), cancellationToken);

            // Protecting anything creates the key ring's first key (in the database) if there is none,
            // so instances started together after a first deployment share it instead of each
            // creating their own (docs/adr/0016-several-instances.md).
            scope.ServiceProvider.GetService<IDataProtectionProvider>()?.CreateProtector("VrijwilligersPortal.Migrate").Protect([]);
        }, cancellationToken);
    }

    /// <summary>
    /// SQLite: when the database has statistics (<c>ANALYZE</c> was run on it), gives the indexes
    /// a migration added theirs too (docs/adr/0187). With statistics for the old indexes only, the
    /// planner kept choosing them over a new index that reads a fraction of the rows. A database
    /// that was never analysed is left so: its planner weighs every index alike.
    /// </summary>
    public static async Task CompleteStatisticsAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        var analysed = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name = 'sqlite_stat1'").SingleAsync(cancellationToken);
        if (analysed > 0)
        {
            // All rows: a sample of the first thousand entries per index misled it as much (most
            // applications were never placed, so the sample said the time narrows nothing). A
            // large centre's database (500,000 applications) takes under a second.
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken);
        }
    }

    /// <summary>PostgreSQL: the session advisory lock <c>migrate</c> holds (any constant key).</summary>
    public const string PostgresLock = "SELECT pg_advisory_lock(6220929335213416820)";

    public const string PostgresUnlock = "SELECT pg_advisory_unlock(6220929335213416820)";

    /// <summary>SQL Server: the session application lock <c>migrate</c> holds (EF's own is another resource).</summary>
    public const string SqlServerLock = "EXEC sp_getapplock @Resource = N'VrijwilligersPortal.migrate', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1";

    public const string SqlServerUnlock = "EXEC sp_releaseapplock @Resource = N'VrijwilligersPortal.migrate', @LockOwner = 'Session'";

    /// <summary>
    /// Two <c>migrate</c> runs at once must not both apply migrations or add the same roles. EF
    /// Core's own migration lock did not stop two runs on an empty PostgreSQL database from
    /// colliding (the second failed on an index the first had just dropped), and it does not cover
    /// the reference data. So the whole step holds a database lock — an advisory lock on
    /// PostgreSQL, an application lock on SQL Server, a lock file next to the SQLite file — and the
    /// second run waits, then finds nothing to do (docs/operations.md, "Upgrade").
    /// </summary>
    private static async Task OneAtATimeAsync(PortalDbContext db, Func<Task> work, CancellationToken cancellationToken)
    {
        var (takeLock, releaseLock) = db.Database.IsNpgsql() ? (PostgresLock, PostgresUnlock)
            : db.Database.IsSqlServer() ? (SqlServerLock, SqlServerUnlock)
            : (null, null);
        if (takeLock is null || releaseLock is null)
        {
            await using var fileLock = await SqliteFileLockAsync(db, cancellationToken);
            await work();
            return;
        }

        // The lock lives in the database, so it must exist first; two runs may both try to create it.
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (DbException) when (!cancellationToken.IsCancellationRequested)
            {
                if (!await creator.ExistsAsync(cancellationToken))
                {
                    throw;
                }
            }
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync(takeLock, cancellationToken);
            try
            {
                await work();
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync(releaseLock, CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>An exclusive lock on <c>&lt;database file&gt;.migrate-lock</c>, waited for; none for an in-memory database.</summary>
    private static async Task<FileStream?> SqliteFileLockAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:")
        {
            return null;
        }

        while (true)
        {
            try
            {
                return new FileStream(file + ".migrate-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }
}
