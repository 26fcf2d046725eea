using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Persistence;

/// <summary>
/// After a migration, an analysed SQLite database gets statistics for its new indexes too, and one
/// never analysed is left so (PortalDatabase.CompleteStatisticsAsync, docs/adr/0187).
/// </summary>
public class SqliteStatisticsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [SqliteFact]
    public async Task An_analysed_database_gets_statistics_for_an_index_added_later_and_an_unanalysed_one_is_left_alone()
    {
        await factory.WithDbAsync(async (db, _) =>
        {
            await PortalDatabase.CompleteStatisticsAsync(db);
            Assert.Equal(0, await CountAsync(db, "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name = 'sqlite_stat1'"));

            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
            await db.Database.ExecuteSqlRawAsync("CREATE INDEX \"IX_Categories_Test_Name\" ON \"Categories\" (\"Name\");");
            Assert.Equal(0, await CountAsync(db, "SELECT COUNT(*) AS \"Value\" FROM sqlite_stat1 WHERE idx = 'IX_Categories_Test_Name'"));

            await PortalDatabase.CompleteStatisticsAsync(db);
            Assert.Equal(1, await CountAsync(db, "SELECT COUNT(*) AS \"Value\" FROM sqlite_stat1 WHERE idx = 'IX_Categories_Test_Name'"));
            await db.Database.ExecuteSqlRawAsync("DROP INDEX \"IX_Categories_Test_Name\";");
        });
    }

    private static Task<int> CountAsync(PortalDbContext db, string sql) => db.Database.SqlQueryRaw<int>(sql).SingleAsync();
}
